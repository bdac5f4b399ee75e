<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../jnprojects/app.py" line="67" />
        <location filename="../../jnprojects/app.py" line="71" />
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../jnprojects/cli.py" line="76" />
        <source>Database ready (already existed): %1, %2 projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="78" />
        <source>Database created: %1, %2 projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="92" />
        <source>--size must look like 1400x860</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="100" />
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="102" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="67" />
        <source>e.g. 2026-06-30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="69" />
        <source>Pick a date from the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="98" />
        <source>Clear date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="16" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="17" />
        <source>Preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="18" />
        <source>Under construction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="19" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="20" />
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>Provincial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>County</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="31" />
        <source>New start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="31" />
        <source>Continuing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="36" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="36" />
        <source>Cooperating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="69" />
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="75" />
        <source>Demo data: generated schedules and figures for rehearsal only, not facts of the plan or of any office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="79" />
        <source>Read-only: this database is opened for viewing; no change can be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="90" />
        <source>Jining key projects of new urbanization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="92" />
        <source>DEMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="117" />
        <source>&amp;New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="118" />
        <source>&amp;Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="119" />
        <source>&amp;Delete project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="121" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="122" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="124" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="126" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="127" />
        <source>&amp;About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="134" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="139" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="144" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="154" />
        <source>Cannot open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="171" />
        <source>Cannot undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="194" />
        <location filename="../../jnprojects/ui/main_window.py" line="205" />
        <source>Delete project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="195" />
        <source>Delete %1 %2 with its milestones and reports? This cannot be undone; the change log keeps its code and name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="216" />
        <source>About jnprojects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="217" />
        <source>jnprojects %1
Key projects of the Jining New Urbanization Plan (2022–2035)

Database: %2
Schema version: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="21" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="22" />
        <source>National project code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="23" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="24" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="25" />
        <source>Subcategory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="26" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="27" />
        <source>New or continuing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="28" />
        <source>Construction content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="29" />
        <source>Total investment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="30" />
        <source>Planned start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="31" />
        <source>Planned end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="32" />
        <source>Actual start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="33" />
        <source>Actual end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="34" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="35" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="36" />
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="37" />
        <source>Responsible units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="38" />
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="39" />
        <source>Unit name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="40" />
        <source>Planned date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="41" />
        <source>Actual date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="42" />
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="43" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="53" />
        <source>Unexpected error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="57" />
        <source>%field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="58" />
        <source>Code "%value" is not valid: use the category prefix, a hyphen and a number, e.g. JT-001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="59" />
        <source>%field: "%value" is not a date. Write it as 2026-06-30, 2026/6/30 or 2026年6月30日.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="60" />
        <source>%field: "%value" is not an amount. Enter a number in 万元 (e.g. 1200 or 1.2亿).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="61" />
        <source>%field: "%value" is negative; investment cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="62" />
        <source>%field: "%value" is not a percentage. Enter a number from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="63" />
        <source>%field: "%value" is outside 0–100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="64" />
        <source>"%value" is not a month. Write it as 2026-11 or 2026年11月.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="65" />
        <source>%field (%end) is before the start (%start).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="66" />
        <source>Unit "%unit" is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="67" />
        <source>Unit "%value" does not exist. Add it to the unit list first or pick an existing one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="68" />
        <source>Location "%value" does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="69" />
        <source>Category "%value" does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="70" />
        <source>A referenced record does not exist (%detail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="71" />
        <source>Milestone row %row has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="72" />
        <source>Milestone row %row: weight %value is outside 0–100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="73" />
        <source>Milestone weights add up to %value, more than 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="74" />
        <source>Code "%value" is already used by another project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="75" />
        <source>National project code "%value" is already used by another project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="76" />
        <source>The change breaks a data rule and was not saved (%detail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="77" />
        <source>The project no longer exists; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="78" />
        <source>A milestone being edited no longer exists; reopen the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="79" />
        <source>"%path" is not a jnprojects database. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="80" />
        <source>"%path" was written by a newer version of jnprojects (schema %found, this version supports %supported). Please update the program. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="82" />
        <source>Cannot create or open "%path": %detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="83" />
        <source>"%path" does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="84" />
        <source>"%path" needs an upgrade, which cannot be done read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="85" />
        <source>Upgrading the database failed at step %step; nothing was changed (%detail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="86" />
        <source>"%path" is an office database, not a demo database; demo data is never mixed into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="91" />
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Planned date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Actual date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Weight (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="177" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="177" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="52" />
        <source>Search name, content or pinyin initials (e.g. jxsgt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="58" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="59" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="60" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="61" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="105" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="160" />
        <source>Showing %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Lead unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Planned start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Planned end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="41" />
        <source>New unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="45" />
        <source>Full name, e.g. 济宁市住房和城乡建设局</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="57" />
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="58" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="59" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="62" />
        <source>Add unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="63" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="36" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>