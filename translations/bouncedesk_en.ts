<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bouncedesk::Ui::AddressHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/bounces/AddressHistoryDialog.cpp" line="+101"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BreakdownPanel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/BreakdownPanel.cpp" line="+117"/>
        <source>The %n with most hard bounces and complaints in the range.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ComplaintsView</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsView.cpp" line="+203"/>
        <source>Note for %n complaint(s), optional:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n complaint(s) had already been reviewed by someone else and were left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="+504"/>
        <source>%n bounce(s) to addresses on the account suppression list, not counted in the rate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="+352"/>
        <source>%n complaint(s) to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::RateChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/RateChart.cpp" line="+273"/>
        <source>%n on the account suppression list (not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
