<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Allowlist</name>
    <message numerus="yes">
        <source>Wrote %n card(s) of active members to %1.</source>
        <translation>
            <numerusform>Wrote %n card of active members to %1.</numerusform>
            <numerusform>Wrote %n cards of active members to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStatus</name>
    <message numerus="yes">
        <source>Member list from %1 (%n member(s))</source>
        <translation>
            <numerusform>Member list from %1 (%n member)</numerusform>
            <numerusform>Member list from %1 (%n members)</numerusform>
        </translation>
    </message>
</context>
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
    <name>OfflineDecider</name>
    <message numerus="yes">
        <source>the member list is from %1, older than %n hour(s)</source>
        <translation>
            <numerusform>the member list is from %1, older than %n hour</numerusform>
            <numerusform>the member list is from %1, older than %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueReplayer</name>
    <message numerus="yes">
        <source>Cobot gave no usable answer in %n attempt(s): %1</source>
        <translation>
            <numerusform>Cobot gave no usable answer in %n attempt: %1</numerusform>
            <numerusform>Cobot gave no usable answer in %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatus</name>
    <message numerus="yes">
        <source>%n offline check-in(s) waiting for upload</source>
        <translation>
            <numerusform>%n offline check-in waiting for upload</numerusform>
            <numerusform>%n offline check-ins waiting for upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline check-in(s) refused by Cobot — see admin</source>
        <translation>
            <numerusform>%n offline check-in refused by Cobot — see admin</numerusform>
            <numerusform>%n offline check-ins refused by Cobot — see admin</numerusform>
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
