<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../jnprojects/app.py" line="64" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="140" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="141" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="142" />
        <source>New unit…</source>
        <translation>新建单位…</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/assignment_table.py" line="69" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="50" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="50" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="50" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="50" />
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="50" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="54" />
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="54" />
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="54" />
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="55" />
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="55" />
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="55" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="71" />
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="113" />
        <source>Backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="83" />
        <source>Folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="85" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="86" />
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="87" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="96" />
        <source>Every backup is checked with SQLite's integrity check when it is made. Restoring first backs up the current state.</source>
        <translation>每份备份在生成时都经过 SQLite 完整性检查。恢复前会先备份当前数据。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="122" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/backups_dialog.py" line="123" />
        <source>Replace the current database with the backup of %1? The current state is backed up first.</source>
        <translation>用 %1 的备份替换当前数据库？当前数据会先备份。</translation>
    </message>
</context>
<context>
    <name>BasicForm</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="100" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="102" />
        <source>e.g. JT-001</source>
        <translation>如 JT-001</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="103" />
        <source>Code on the national investment project platform</source>
        <translation>全国投资项目在线审批监管平台赋予的项目代码</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="111" />
        <source>e.g. 1200 or 1.2亿</source>
        <translation>如 1200 或 1.2亿</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="133" />
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="197" />
        <source>From the plan (the plan's own words, not editable)</source>
        <translation>规划原文（不可编辑）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="211" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="212" />
        <source>Target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="213" />
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_form.py" line="234" />
        <source>Not from the plan</source>
        <translation>非规划所列项目</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="36" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="36" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="36" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="36" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="36" />
        <location filename="../../jnprojects/ui/views/change_log.py" line="56" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="37" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="37" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="37" />
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="37" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="37" />
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="56" />
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="56" />
        <source>Unit on project</source>
        <translation>项目责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="57" />
        <source>Monthly report</source>
        <translation>月度进展</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="57" />
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="58" />
        <source>Indicator</source>
        <translation>规划指标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="58" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="58" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="59" />
        <source>Manual light</source>
        <translation>人工认定</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="63" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="63" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="63" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChangeLogView</name>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="84" />
        <source>Search project, field or value</source>
        <translation>搜索项目、字段或数值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="91" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="96" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="98" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="100" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="133" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="154" />
        <source>%1 changes</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="161" />
        <location filename="../../jnprojects/ui/views/change_log.py" line="168" />
        <location filename="../../jnprojects/ui/views/change_log.py" line="170" />
        <source>Export change log</source>
        <translation>导出变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="162" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="171" />
        <source>%1 changes written to %2</source>
        <translation>已将 %1 条变更记录写入 %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../jnprojects/cli.py" line="81" />
        <source>Database ready (already existed): %1, %2 projects</source>
        <translation>数据库已存在，可以使用：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="83" />
        <source>Database created: %1, %2 projects</source>
        <translation>数据库已创建：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="97" />
        <source>--size must look like 1400x860</source>
        <translation>--size 的格式应为 1400x860</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="105" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="107" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="121" />
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="140" />
        <source>Restored %1; the previous state was saved as %2</source>
        <translation>已恢复 %1；恢复前的数据已保存为 %2</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="67" />
        <source>e.g. 2026-06-30</source>
        <translation>如 2026-06-30</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="69" />
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="98" />
        <source>Clear date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="170" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="170" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="170" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="170" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="192" />
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="192" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="193" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="196" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="196" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="196" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="197" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="197" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="198" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="198" />
        <source>Plan source</source>
        <translation>规划出处</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="199" />
        <source>Plan text</source>
        <translation>规划原文</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="199" />
        <source>Plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="207" />
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="209" />
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="16" />
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="17" />
        <source>Preparation</source>
        <translation>前期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="18" />
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="19" />
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="20" />
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="26" />
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="31" />
        <source>New start</source>
        <translation>新开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="31" />
        <source>Continuing</source>
        <translation>续建</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="36" />
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/labels.py" line="36" />
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="37" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="70" />
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="72" />
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="78" />
        <source>Demo data: generated schedules and figures for rehearsal only, not facts of the plan or of any office</source>
        <translation>演示数据：进度、投资和单位均为生成的演练数据，不是规划或任何单位的真实情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="82" />
        <source>Read-only: this database is opened for viewing; no change can be saved</source>
        <translation>只读：本数据库仅供查看，任何修改都不会保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="93" />
        <source>Jining key projects of new urbanization</source>
        <translation>济宁市新型城镇化重点项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="95" />
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="120" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="121" />
        <source>&amp;Open project</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="122" />
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="124" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="125" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="127" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="129" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="130" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="131" />
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="138" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="145" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="150" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="151" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="159" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="169" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="186" />
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="209" />
        <location filename="../../jnprojects/ui/main_window.py" line="220" />
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="210" />
        <source>Delete %1 %2 with its milestones and reports? This cannot be undone; the change log keeps its code and name.</source>
        <translation>删除项目 %1 %2 及其里程碑和进展填报？此操作不能撤销；变更记录会保留其编号和名称。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="244" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="259" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="260" />
        <source>The language will change the next time jnprojects starts.</source>
        <translation>界面语言将在下次启动 jnprojects 时生效。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="265" />
        <source>About jnprojects</source>
        <translation>关于 jnprojects</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="266" />
        <source>jnprojects %1
Key projects of the Jining New Urbanization Plan (2022–2035)

Database: %2
Schema version: %3</source>
        <translation>jnprojects %1
济宁市新型城镇化规划（2022—2035年）重点项目推进管理

数据库：%2
数据结构版本：%3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="21" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="22" />
        <source>National project code</source>
        <translation>投资项目代码</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="23" />
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="24" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="25" />
        <source>Subcategory</source>
        <translation>子类</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="26" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="27" />
        <source>New or continuing</source>
        <translation>新开工/续建</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="28" />
        <source>Construction content</source>
        <translation>建设内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="29" />
        <source>Total investment</source>
        <translation>总投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="30" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="31" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="32" />
        <source>Actual start</source>
        <translation>实际开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="33" />
        <source>Actual end</source>
        <translation>实际竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="34" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="35" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="36" />
        <source>Locations</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="37" />
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="38" />
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="39" />
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="40" />
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="41" />
        <source>Actual date</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="42" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="43" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="44" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="45" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="46" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="47" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="48" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="49" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="50" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="51" />
        <source>Plan source</source>
        <translation>规划出处</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="52" />
        <source>Plan text</source>
        <translation>规划原文</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="53" />
        <source>Plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="63" />
        <source>Unexpected error: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="67" />
        <source>%field is required.</source>
        <translation>“%field”为必填项。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="68" />
        <source>Code "%value" is not valid: use the category prefix, a hyphen and a number, e.g. JT-001.</source>
        <translation>项目编号“%value”格式不对：应为类别前缀、短横线加数字，如 JT-001。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="69" />
        <source>%field: "%value" is not a date. Write it as 2026-06-30, 2026/6/30 or 2026年6月30日.</source>
        <translation>“%field”：“%value”不是有效日期。请写成 2026-06-30、2026/6/30 或 2026年6月30日。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="70" />
        <source>%field: "%value" is not an amount. Enter a number in 万元 (e.g. 1200 or 1.2亿).</source>
        <translation>“%field”：“%value”不是金额。请填写以万元为单位的数字（如 1200 或 1.2亿）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="71" />
        <source>%field: "%value" is negative; investment cannot be negative.</source>
        <translation>“%field”：“%value”是负数，投资额不能为负。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="72" />
        <source>%field: "%value" is not a percentage. Enter a number from 0 to 100.</source>
        <translation>“%field”：“%value”不是百分比，请填写 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="73" />
        <source>%field: "%value" is outside 0–100%.</source>
        <translation>“%field”：“%value”超出 0—100% 的范围。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="74" />
        <source>"%value" is not a month. Write it as 2026-11 or 2026年11月.</source>
        <translation>“%value”不是有效月份，请写成 2026-11 或 2026年11月。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="75" />
        <source>%field (%end) is before the start (%start).</source>
        <translation>“%field”（%end）早于开始日期（%start）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="76" />
        <source>Unit "%unit" is listed twice.</source>
        <translation>单位“%unit”重复列出。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="77" />
        <source>Unit "%value" does not exist. Add it to the unit list first or pick an existing one.</source>
        <translation>单位“%value”不存在。请先在单位名录中新建，或选择已有单位。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="78" />
        <source>Location "%value" does not exist.</source>
        <translation>建设地点“%value”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="79" />
        <source>Category "%value" does not exist.</source>
        <translation>类别“%value”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="80" />
        <source>A referenced record does not exist (%detail).</source>
        <translation>引用的记录不存在（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="81" />
        <source>Milestone row %row has no name.</source>
        <translation>第 %row 行里程碑没有填写名称。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="82" />
        <source>Milestone row %row: weight %value is outside 0–100.</source>
        <translation>第 %row 行里程碑：权重 %value 超出 0—100 的范围。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="83" />
        <source>Milestone weights add up to %value, more than 100.</source>
        <translation>里程碑权重合计 %value，超过 100。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="84" />
        <source>Code "%value" is already used by another project.</source>
        <translation>项目编号“%value”已被其他项目使用。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="85" />
        <source>National project code "%value" is already used by another project.</source>
        <translation>投资项目代码“%value”已被其他项目使用。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="86" />
        <source>The change breaks a data rule and was not saved (%detail).</source>
        <translation>修改不符合数据规则，未保存（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="87" />
        <source>The project no longer exists; it may have been deleted.</source>
        <translation>该项目已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="88" />
        <source>A milestone being edited no longer exists; reopen the project.</source>
        <translation>正在编辑的里程碑已不存在，请重新打开项目。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="89" />
        <source>"%path" is not a jnprojects database. The file was not changed.</source>
        <translation>“%path”不是 jnprojects 数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="90" />
        <source>"%path" was written by a newer version of jnprojects (schema %found, this version supports %supported). Please update the program. The file was not changed.</source>
        <translation>“%path”由更新版本的 jnprojects 创建（数据结构版本 %found，本程序支持到 %supported）。请升级程序。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="92" />
        <source>Cannot create or open "%path": %detail</source>
        <translation>无法创建或打开“%path”：%detail</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="93" />
        <source>"%path" does not exist.</source>
        <translation>“%path”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="94" />
        <source>"%path" needs an upgrade, which cannot be done read-only.</source>
        <translation>“%path”需要升级数据结构，只读方式下无法升级。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="95" />
        <source>Upgrading the database failed at step %step; nothing was changed (%detail).</source>
        <translation>数据库升级在第 %step 步失败，数据未做任何改动（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="96" />
        <source>"%path" is open on %computer by %user since %since. Open it read-only, or take it over if that session is gone.</source>
        <translation>“%path”正由 %user 在计算机 %computer 上使用（自 %since 起）。可以只读打开；如果对方已不再使用，也可以接管。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="98" />
        <source>"%path" is on a network drive, where the database can be damaged. Copy it to a local disk and open the copy.</source>
        <translation>“%path”位于网络驱动器上，在那里数据库可能损坏。请复制到本机磁盘后打开副本。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="100" />
        <source>"%path" is damaged (%detail). The file was not changed.</source>
        <translation>“%path”已损坏（%detail）。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="101" />
        <source>"%path" was not closed properly and must be opened for writing once to recover.</source>
        <translation>“%path”上次未正常关闭，需要以可写方式打开一次才能恢复。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="103" />
        <source>"%path" is busy in another program; try again.</source>
        <translation>“%path”正被其他程序占用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="104" />
        <source>The backup "%path" could not be made (%detail).</source>
        <translation>无法生成备份“%path”（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="105" />
        <source>Restoring "%path" failed (%detail); a backup of the previous state was kept.</source>
        <translation>恢复“%path”失败（%detail）；恢复前的数据备份已保留。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="107" />
        <source>"%path" is an office database, not a demo database; demo data is never mixed into it.</source>
        <translation>“%path”是正式数据库，不是演示数据库；演示数据不会混入正式数据库。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="112" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>MilestonePanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="92" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="93" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="94" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="95" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="96" />
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="123" />
        <source>Apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="100" />
        <source>Add the standard milestones of this category</source>
        <translation>添加本类别的标准里程碑节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="124" />
        <source>The standard milestones of this category are already in the list.</source>
        <translation>本类别的标准里程碑节点已全部在列表中。</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Actual date</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="176" />
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="177" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/milestone_table.py" line="177" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="84" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="85" />
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="86" />
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="87" />
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="147" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="149" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="150" />
        <source>Save and keep editing (Ctrl+S)</source>
        <translation>保存并继续编辑（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="151" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="152" />
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="153" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="186" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="186" />
        <source>Project details</source>
        <translation>项目详情</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="201" />
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="231" />
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="235" />
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="255" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="288" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="289" />
        <source>This project has unsaved changes. Discard them?</source>
        <translation>本项目有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="291" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="292" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="52" />
        <source>Search name, content or pinyin initials (e.g. jxsgt)</source>
        <translation>搜索名称、建设内容或拼音首字母（如 jxsgt）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="58" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="59" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="60" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="61" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="105" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="170" />
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="54" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="55" />
        <source>Progress</source>
        <translation>形象进度</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="41" />
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="45" />
        <source>Full name, e.g. 济宁市住房和城乡建设局</source>
        <translation>单位全称，如 济宁市住房和城乡建设局</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="57" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="58" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="59" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="62" />
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/unit_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>