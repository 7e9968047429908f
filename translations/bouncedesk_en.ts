<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bouncedesk::Model::BounceTableModel</name>
    <message numerus="yes">
        <location filename="../model/tables/BounceTableModel.cpp" line="+141"/>
        <source>%n soft in a row</source>
        <translation>
            <numerusform>%n soft in a row</numerusform>
            <numerusform>%n soft in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::AddressHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/bounces/AddressHistoryDialog.cpp" line="+102"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::BreakdownPanel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/BreakdownPanel.cpp" line="+117"/>
        <source>The %n with most hard bounces and complaints in the range.</source>
        <translation>
            <numerusform>The one with most hard bounces and complaints in the range.</numerusform>
            <numerusform>The %n with most hard bounces and complaints in the range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::ComplaintsView</name>
    <message numerus="yes">
        <location filename="../ui/complaints/ComplaintsView.cpp" line="+203"/>
        <source>Note for %n complaint(s), optional:</source>
        <translation>
            <numerusform>Note for %n complaint, optional:</numerusform>
            <numerusform>Note for %n complaints, optional:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n complaint(s) had already been reviewed by someone else and were left as they were.</source>
        <translation>
            <numerusform>%n complaint had already been reviewed by someone else and was left as it was.</numerusform>
            <numerusform>%n complaints had already been reviewed by someone else and were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="+505"/>
        <source>%n bounce(s) to addresses on the account suppression list, not counted in the rate</source>
        <translation>
            <numerusform>%n bounce to an address on the account suppression list, not counted in the rate</numerusform>
            <numerusform>%n bounces to addresses on the account suppression list, not counted in the rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="+373"/>
        <source>%n complaint(s) to review</source>
        <translation>
            <numerusform>%n complaint to review</numerusform>
            <numerusform>%n complaints to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bouncedesk::Ui::RateChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/RateChart.cpp" line="+275"/>
        <source>%n on the account suppression list (not counted)</source>
        <translation>
            <numerusform>%n on the account suppression list (not counted)</numerusform>
            <numerusform>%n on the account suppression list (not counted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/DbCommands.cpp" line="+52"/>
        <source>%1: schema at version %2 (%n migration(s) applied)</source>
        <translation>
            <numerusform>%1: schema at version %2 (%n migration applied)</numerusform>
            <numerusform>%1: schema at version %2 (%n migrations applied)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SesSuppressionCommand.cpp" line="+85"/>
        <source>pulled %n addresses from the SES list (%1 on SES, %2 already suppressed here)</source>
        <translation>
            <numerusform>pulled %n address from the SES list (%1 on SES, %2 already suppressed here)</numerusform>
            <numerusform>pulled %n addresses from the SES list (%1 on SES, %2 already suppressed here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n SES addresses are not valid addresses here and were left out</source>
        <translation>
            <numerusform>%n SES address is not a valid address here and was left out</numerusform>
            <numerusform>%n SES addresses are not valid addresses here and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>dry run: %n addresses would be put on the SES list, %1 are there already</source>
        <translation>
            <numerusform>dry run: %n address would be put on the SES list, %1 are there already</numerusform>
            <numerusform>dry run: %n addresses would be put on the SES list, %1 are there already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>pushed %n addresses to the SES list, %1 were there already</source>
        <translation>
            <numerusform>pushed %n address to the SES list, %1 were there already</numerusform>
            <numerusform>pushed %n addresses to the SES list, %1 were there already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+98"/>
        <source>%n simulated events could not be stored</source>
        <translation>
            <numerusform>%n simulated event could not be stored</numerusform>
            <numerusform>%n simulated events could not be stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stored %1 simulated sends and their feedback over %n day(s) in %2</source>
        <translation>
            <numerusform>stored %1 simulated sends and their feedback over %n day in %2</numerusform>
            <numerusform>stored %1 simulated sends and their feedback over %n days in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>sent %n notification(s) to %1 in %2 s (%3/s): %4</source>
        <translation>
            <numerusform>sent %n notification to %1 in %2 s (%3/s): %4</numerusform>
            <numerusform>sent %n notifications to %1 in %2 s (%3/s): %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n notification(s) were not accepted (is the listener started with --trust-simulator?)</source>
        <translation>
            <numerusform>%1 of %n notification was not accepted (is the listener started with --trust-simulator?)</numerusform>
            <numerusform>%1 of %n notifications were not accepted (is the listener started with --trust-simulator?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SuppressionCommand.cpp" line="+366"/>
        <source>exported: %n suppression(s) to %1</source>
        <translation>
            <numerusform>exported: %n suppression to %1</numerusform>
            <numerusform>exported: %n suppressions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <location filename="../model/policy/AddressActions.cpp" line="+237"/>
        <source>clears a soft-bounce streak of %n</source>
        <translation>
            <numerusform>clears a soft-bounce streak of %n</numerusform>
            <numerusform>clears a soft-bounce streak of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/policy/HealthReport.cpp" line="+120"/>
        <source>        %Ln bounce(s) to addresses on the SES account suppression list, not counted</source>
        <extracomment>indented under &quot;Totals:&quot;</extracomment>
        <translation>
            <numerusform>        %Ln bounce to an address on the SES account suppression list, not counted</numerusform>
            <numerusform>        %Ln bounces to addresses on the SES account suppression list, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/policy/SuppressionCsv.cpp" line="+61"/>
        <source>%n bad line(s) in the %1; nothing was imported</source>
        <extracomment>%1 is &quot;CSV&quot;, &quot;JSON lines&quot; or &quot;removal list&quot;</extracomment>
        <translation>
            <numerusform>%n bad line in the %1; nothing was imported</numerusform>
            <numerusform>%n bad lines in the %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
