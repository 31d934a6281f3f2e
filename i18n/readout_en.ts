<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation type="vanished">
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n clearing office(s), {cleared} cleared</source>
        <translation>
            <numerusform>%n clearing office, {cleared} cleared</numerusform>
            <numerusform>%n clearing offices, {cleared} cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed status(es) to confirm</source>
        <translation>
            <numerusform>%n proposed status to confirm</numerusform>
            <numerusform>%n proposed statuses to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
</context>
</TS>
