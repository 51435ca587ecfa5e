<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInService</name>
    <message numerus="yes">
        <source>Cobot is busy — please scan again in %n second(s)</source>
        <translation>
            <numerusform>Cobot is busy — please scan again in %n second</numerusform>
            <numerusform>Cobot is busy — please scan again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message numerus="yes">
        <source>%n time pass(es) left</source>
        <translation>
            <numerusform>%n time pass left</numerusform>
            <numerusform>%n time passes left</numerusform>
        </translation>
    </message>
</context>
</TS>
