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
        <location filename="../../jnprojects/ui/views/change_log.py" line="59" />
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="60" />
        <source>Month closing</source>
        <translation>月度结账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="64" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="64" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="64" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChangeLogView</name>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="85" />
        <source>Search project, field or value</source>
        <translation>搜索项目、字段或数值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="92" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="97" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="99" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="101" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="134" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="155" />
        <source>%1 changes</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="166" />
        <location filename="../../jnprojects/ui/views/change_log.py" line="173" />
        <location filename="../../jnprojects/ui/views/change_log.py" line="175" />
        <source>Export change log</source>
        <translation>导出变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="167" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/change_log.py" line="176" />
        <source>%1 changes written to %2</source>
        <translation>已将 %1 条变更记录写入 %2</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="62" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="62" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="62" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="62" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="62" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="63" />
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="63" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="110" />
        <source>Export image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="125" />
        <location filename="../../jnprojects/ui/dashboard/export.py" line="134" />
        <source>Export image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="126" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="135" />
        <source>The image could not be written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../jnprojects/cli.py" line="88" />
        <source>Database ready (already existed): %1, %2 projects</source>
        <translation>数据库已存在，可以使用：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="90" />
        <source>Database created: %1, %2 projects</source>
        <translation>数据库已创建：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="104" />
        <source>--size must look like 1400x860</source>
        <translation>--size 的格式应为 1400x860</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="112" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="114" />
        <location filename="../../jnprojects/cli_monthly.py" line="86" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="128" />
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="147" />
        <source>Restored %1; the previous state was saved as %2</source>
        <translation>已恢复 %1；恢复前的数据已保存为 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="93" />
        <source>Exported %1 projects and %2 milestones to %3</source>
        <translation>已导出%1个项目、%2个里程碑到 %3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="109" />
        <source>%1 templates written to %2</source>
        <translation>已生成%1份填报表，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="117" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="120" />
        <source>Nothing was imported: fix the problems above, or use --skip-rejected to import the good rows.</source>
        <translation>未导入任何数据：请先修正上述问题，或使用 --skip-rejected 只导入无问题的行。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="138" />
        <location filename="../../jnprojects/cli_excel.py" line="157" />
        <source>Imported: %1 projects changed</source>
        <translation>导入完成：%1个项目有变更</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="57" />
        <source>Closed %1: snapshot of %2 projects frozen</source>
        <translation>%1已结账：已冻结%2个项目的快照</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="71" />
        <source>Reopened %1</source>
        <translation>已重新打开%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="105" />
        <source>Notice with %1 problems saved to %2</source>
        <translation>督办单（%1个问题）已保存到 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="121" />
        <source>%1 projects have not reported for %2</source>
        <translation>%2共有%1个项目未报送</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="96" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="97" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="98" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="99" />
        <source>Before</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="99" />
        <source>(new in the list)</source>
        <translation>（上期无此项目）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="100" />
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="101" />
        <source>Reasons now</source>
        <translation>本期原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="119" />
        <source>No month before %1 has been closed yet, so there is nothing to compare with. Close a month to start the comparison.</source>
        <translation>%1之前还没有已结账的月份，暂无对比。结账后即可与上期对比。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="125" />
        <source>%1 compared with %2 (the latest closed month before it):</source>
        <translation>%1与%2（此前最近一个已结账月份）相比：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="127" />
        <source>Red %1 (was %2), yellow %3 (was %4), green %5 (was %6).</source>
        <translation>红灯%1个（上期%2个），黄灯%3个（上期%4个），绿灯%5个（上期%6个）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="132" />
        <source>New red %1, new yellow %2, red to yellow %3, back to normal %4; milestones completed %5; problems raised %6, solved %7; investment added %8 (10k yuan).</source>
        <translation>新增红灯%1个，新增黄灯%2个，由红转黄%3个，恢复正常%4个；完成节点%5个；新提问题%6个，解决%7个；开工累计完成投资增加%8万元。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="140" />
        <source>New red</source>
        <translation>新增红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="141" />
        <source>New yellow</source>
        <translation>新增黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="142" />
        <source>Red to yellow</source>
        <translation>由红转黄</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="143" />
        <source>Back to normal</source>
        <translation>恢复正常</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="22" />
        <source>Red</source>
        <translation type="unfinished">红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="23" />
        <source>Yellow</source>
        <translation type="unfinished">黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="24" />
        <source>Green</source>
        <translation type="unfinished">绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="25" />
        <source>Completed</source>
        <translation type="unfinished">已竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="26" />
        <source>Not started yet</source>
        <translation type="unfinished">未到开工时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="27" />
        <source>Suspended</source>
        <translation type="unfinished">暂停</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="28" />
        <source>No schedule</source>
        <translation type="unfinished">无计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="31" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="32" />
        <source>Overdue</source>
        <translation type="unfinished">逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="33" />
        <source>Due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="34" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="35" />
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="38" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="39" />
        <source>On course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="40" />
        <source>Off course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="41" />
        <source>No target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="42" />
        <source>No data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="45" />
        <source>Total investment</source>
        <translation type="unfinished">总投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="46" />
        <source>Plan for this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="47" />
        <source>Completed this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="48" />
        <source>Completed since start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="96" />
        <source> (set manually)</source>
        <translation type="unfinished" />
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
    <name>DueTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="48" />
        <source>Code</source>
        <translation type="unfinished">项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="48" />
        <source>Project</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="48" />
        <source>Milestone</source>
        <translation type="unfinished">里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="48" />
        <source>Planned date</source>
        <translation type="unfinished">计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="49" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="49" />
        <source>Milestone state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="49" />
        <source>Project light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="60" />
        <source>%1 days overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="62" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="64" />
        <source>in %1 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <location filename="../../jnprojects/ui/excel_menu.py" line="28" />
        <source>Export progress sheet…</source>
        <translation>导出推进情况表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/excel_menu.py" line="30" />
        <source>Make fill-in templates…</source>
        <translation>生成填报表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/excel_menu.py" line="31" />
        <source>Import Excel…</source>
        <translation>导入Excel…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/excel_menu.py" line="33" />
        <source>Import project ledger…</source>
        <translation>导入项目台账…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="56" />
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="118" />
        <source>Export progress sheet</source>
        <translation>导出推进情况表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="64" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="69" />
        <source>All places</source>
        <translation>全部县（市、区）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="75" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="83" />
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="84" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="85" />
        <source>Place</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="86" />
        <source>File</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="87" />
        <source>The workbook has the sheets 推进情况表, 里程碑 and 规划指标. Amounts are in 万元. The file can be edited and imported back.</source>
        <translation>工作簿包含“推进情况表”“里程碑”“规划指标”三个工作表，金额单位为万元。修改后可以再导入本程序。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="93" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="94" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="119" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="127" />
        <source>Choose a file in an existing folder.</source>
        <translation>请选择一个已存在文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="143" />
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="146" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有生成文件。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="153" />
        <source>Exported %1 projects and %2 milestones to %3.</source>
        <translation>已导出%1个项目、%2个里程碑到%3。</translation>
    </message>
</context>
<context>
    <name>ExportSizeDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="48" />
        <source>Export image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="53" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="56" />
        <source>Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="57" />
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="58" />
        <source>For slides 1920 × 1080 works well; for print use 3000 or more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="62" />
        <source>Schedule timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="62" />
        <source>schedule-timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="73" />
        <source>Year</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="73" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="73" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="76" />
        <source>Zoom: show %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="83" />
        <source>Earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="85" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="86" />
        <source>As-of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="87" />
        <source>Centre the view on the as-of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="88" />
        <source>Whole period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="173" />
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="175" />
        <source>%1 projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="271" />
        <source>Milestone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="273" />
        <source>Planned: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="275" />
        <source>Done on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="285" />
        <source>Planned: %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="288" />
        <source>Actual: not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="290" />
        <source>Actual: from %1, under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="292" />
        <source>Actual: %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="324" />
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="326" />
        <source>Set manual light…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="334" />
        <source>Planned period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="335" />
        <source>Actual (colour of the light)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="340" />
        <source>Row marks:</source>
        <translation type="unfinished" />
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
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="144" />
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="154" />
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="155" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="159" />
        <source>Skip rows with problems</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="166" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="167" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="190" />
        <source>The database is open read-only; nothing can be imported.</source>
        <translation>数据库以只读方式打开，不能导入。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="192" />
        <source>The file has problems. Correct them and import again, or tick the box to import only the rows without problems.</source>
        <translation>文件中有问题。请修改后重新导入，或勾选“跳过有错误的行”只导入无误的行。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="195" />
        <source>Nothing to change: the database already holds these values.</source>
        <translation>没有需要修改的内容：数据库中已是这些值。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="197" />
        <source>Apply writes %1 changes in one step, after a backup. Nothing is written before.</source>
        <translation>点击“应用”后，先备份，再一次性写入%1处变更；此前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="215" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="234" />
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="247" />
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="256" />
        <source>Import Excel</source>
        <translation>导入Excel</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="235" />
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel工作簿 (*.xlsx *.xls)</translation>
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
    <name>LedgerMappingDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="49" />
        <source>Import ledger: columns</source>
        <translation>导入项目台账：列对应关系</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="52" />
        <source>(the mapping used last time for these headers)</source>
        <translation>（已沿用上次对这些表头的设置）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="53" />
        <source>%1, sheet “%2”: choose what each column means. Columns set to “Ignore” are not read. %3</source>
        <translation>%1，工作表“%2”：请确认每一列的含义，设为“忽略”的列不会读取。%3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="58" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="58" />
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="58" />
        <source>Means</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="59" />
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="70" />
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="84" />
        <source>(from the 类别 column)</source>
        <translation>（按“类别”列）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="91" />
        <source>Category of new projects</source>
        <translation>新建项目的类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="92" />
        <source>Year of the annual plan column</source>
        <translation>年度计划投资的年份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="98" />
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="99" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="118" />
        <source>Choose the column that holds the project name (项目名称).</source>
        <translation>请指定项目名称所在的列。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="120" />
        <source>Each meaning can be chosen for one column only: %1.</source>
        <translation>每个字段只能对应一列：%1。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="146" />
        <source>Import ledger</source>
        <translation>导入项目台账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="148" />
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel工作簿 (*.xlsx *.xls)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="40" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="73" />
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="76" />
        <source>Monthly dispatch</source>
        <translation>月调度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="77" />
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="83" />
        <source>Demo data: generated schedules and figures for rehearsal only, not facts of the plan or of any office</source>
        <translation>演示数据：进度、投资和单位均为生成的演练数据，不是规划或任何单位的真实情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="87" />
        <source>Read-only: this database is opened for viewing; no change can be saved</source>
        <translation>只读：本数据库仅供查看，任何修改都不会保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="98" />
        <source>Jining key projects of new urbanization</source>
        <translation>济宁市新型城镇化重点项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="100" />
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="125" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="126" />
        <source>&amp;Open project</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="127" />
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="129" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="130" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="132" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="134" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="135" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="136" />
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="147" />
        <source>E&amp;xcel</source>
        <translation>Excel(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="152" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="158" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="166" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="176" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="193" />
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="216" />
        <location filename="../../jnprojects/ui/main_window.py" line="227" />
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="217" />
        <source>Delete %1 %2 with its milestones and reports? This cannot be undone; the change log keeps its code and name.</source>
        <translation>删除项目 %1 %2 及其里程碑和进展填报？此操作不能撤销；变更记录会保留其编号和名称。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="279" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="294" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="295" />
        <source>The language will change the next time jnprojects starts.</source>
        <translation>界面语言将在下次启动 jnprojects 时生效。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="300" />
        <source>About jnprojects</source>
        <translation>关于 jnprojects</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="301" />
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
        <location filename="../../jnprojects/ui/messages.py" line="23" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="24" />
        <source>National project code</source>
        <translation>投资项目代码</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="25" />
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="26" />
        <location filename="../../jnprojects/ui/messages.py" line="78" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="27" />
        <source>Subcategory</source>
        <translation>子类</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="28" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="29" />
        <source>New or continuing</source>
        <translation>新开工/续建</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="30" />
        <source>Construction content</source>
        <translation>建设内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="31" />
        <source>Total investment</source>
        <translation>总投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="32" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="33" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="34" />
        <source>Actual start</source>
        <translation>实际开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="35" />
        <source>Actual end</source>
        <translation>实际竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="36" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="37" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="38" />
        <source>Locations</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="39" />
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="40" />
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="41" />
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="42" />
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="43" />
        <source>Actual date</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="44" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="45" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="46" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="47" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="48" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="49" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="50" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="51" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="52" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="53" />
        <source>Plan source</source>
        <translation>规划出处</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="54" />
        <source>Plan text</source>
        <translation>规划原文</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="55" />
        <source>Plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="56" />
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="57" />
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="58" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="59" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="60" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="61" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="62" />
        <source>Resolution</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="63" />
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="64" />
        <source>Reason for reopening</source>
        <translation>重新打开的理由</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="65" />
        <source>Progress (形象进度)</source>
        <translation>形象进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="66" />
        <source>Progress %</source>
        <translation>进度百分比</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="67" />
        <source>Investment this month</source>
        <translation>本月完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="68" />
        <source>Investment this year</source>
        <translation>年初至今完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="69" />
        <source>Investment since start</source>
        <translation>开工累计完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="70" />
        <source>Annual investment plan</source>
        <translation>年度投资计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="71" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="72" />
        <source>Snapshot</source>
        <translation>月度快照</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="73" />
        <source>Justification</source>
        <translation>认定理由</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="74" />
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="75" />
        <source>Status light</source>
        <translation>状态灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="76" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="77" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="88" />
        <source>Unexpected error: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="94" />
        <source>%field is required.</source>
        <translation>“%field”为必填项。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="95" />
        <source>Code "%value" is not valid: use the category prefix, a hyphen and a number, e.g. JT-001.</source>
        <translation>项目编号“%value”格式不对：应为类别前缀、短横线加数字，如 JT-001。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="96" />
        <source>%field: "%value" is not a date. Write it as 2026-06-30, 2026/6/30 or 2026年6月30日.</source>
        <translation>“%field”：“%value”不是有效日期。请写成 2026-06-30、2026/6/30 或 2026年6月30日。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="97" />
        <source>%field: "%value" is not an amount. Enter a number in 万元 (e.g. 1200 or 1.2亿).</source>
        <translation>“%field”：“%value”不是金额。请填写以万元为单位的数字（如 1200 或 1.2亿）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="98" />
        <source>%field: "%value" is negative; investment cannot be negative.</source>
        <translation>“%field”：“%value”是负数，投资额不能为负。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="99" />
        <source>%field: "%value" is not a percentage. Enter a number from 0 to 100.</source>
        <translation>“%field”：“%value”不是百分比，请填写 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="100" />
        <source>%field: "%value" is outside 0–100%.</source>
        <translation>“%field”：“%value”超出 0—100% 的范围。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="101" />
        <source>"%value" is not a month. Write it as 2026-11 or 2026年11月.</source>
        <translation>“%value”不是有效月份，请写成 2026-11 或 2026年11月。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="102" />
        <source>%field (%end) is before the start (%start).</source>
        <translation>“%field”（%end）早于开始日期（%start）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="103" />
        <source>Unit "%unit" is listed twice.</source>
        <translation>单位“%unit”重复列出。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="104" />
        <source>Unit "%value" does not exist. Add it to the unit list first or pick an existing one.</source>
        <translation>单位“%value”不存在。请先在单位名录中新建，或选择已有单位。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="105" />
        <source>Location "%value" does not exist.</source>
        <translation>建设地点“%value”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="106" />
        <source>Category "%value" does not exist.</source>
        <translation>类别“%value”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="107" />
        <source>A referenced record does not exist (%detail).</source>
        <translation>引用的记录不存在（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="108" />
        <source>Milestone row %row has no name.</source>
        <translation>第 %row 行里程碑没有填写名称。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="109" />
        <source>Milestone row %row: weight %value is outside 0–100.</source>
        <translation>第 %row 行里程碑：权重 %value 超出 0—100 的范围。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="110" />
        <source>Milestone weights add up to %value, more than 100.</source>
        <translation>里程碑权重合计 %value，超过 100。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="111" />
        <source>Code "%value" is already used by another project.</source>
        <translation>项目编号“%value”已被其他项目使用。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="112" />
        <source>National project code "%value" is already used by another project.</source>
        <translation>投资项目代码“%value”已被其他项目使用。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="113" />
        <source>The change breaks a data rule and was not saved (%detail).</source>
        <translation>修改不符合数据规则，未保存（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="114" />
        <source>The project no longer exists; it may have been deleted.</source>
        <translation>该项目已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="115" />
        <source>A milestone being edited no longer exists; reopen the project.</source>
        <translation>正在编辑的里程碑已不存在，请重新打开项目。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="116" />
        <source>"%path" is not a jnprojects database. The file was not changed.</source>
        <translation>“%path”不是 jnprojects 数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="117" />
        <source>"%path" was written by a newer version of jnprojects (schema %found, this version supports %supported). Please update the program. The file was not changed.</source>
        <translation>“%path”由更新版本的 jnprojects 创建（数据结构版本 %found，本程序支持到 %supported）。请升级程序。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="119" />
        <source>Cannot create or open "%path": %detail</source>
        <translation>无法创建或打开“%path”：%detail</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="120" />
        <source>"%path" does not exist.</source>
        <translation>“%path”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="121" />
        <source>"%path" needs an upgrade, which cannot be done read-only.</source>
        <translation>“%path”需要升级数据结构，只读方式下无法升级。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="122" />
        <source>Upgrading the database failed at step %step; nothing was changed (%detail).</source>
        <translation>数据库升级在第 %step 步失败，数据未做任何改动（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="123" />
        <source>"%path" is open on %computer by %user since %since. Open it read-only, or take it over if that session is gone.</source>
        <translation>“%path”正由 %user 在计算机 %computer 上使用（自 %since 起）。可以只读打开；如果对方已不再使用，也可以接管。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="125" />
        <source>"%path" is on a network drive, where the database can be damaged. Copy it to a local disk and open the copy.</source>
        <translation>“%path”位于网络驱动器上，在那里数据库可能损坏。请复制到本机磁盘后打开副本。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="127" />
        <source>"%path" is damaged (%detail). The file was not changed.</source>
        <translation>“%path”已损坏（%detail）。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="128" />
        <source>"%path" was not closed properly and must be opened for writing once to recover.</source>
        <translation>“%path”上次未正常关闭，需要以可写方式打开一次才能恢复。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="130" />
        <source>"%path" is busy in another program; try again.</source>
        <translation>“%path”正被其他程序占用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="131" />
        <source>The backup "%path" could not be made (%detail).</source>
        <translation>无法生成备份“%path”（%detail）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="132" />
        <source>Restoring "%path" failed (%detail); a backup of the previous state was kept.</source>
        <translation>恢复“%path”失败（%detail）；恢复前的数据备份已保留。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="134" />
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>数据库以只读方式打开，不能修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="135" />
        <source>%period is already closed (by %by at %at). Reopen it first, with a reason.</source>
        <translation>%period已结账（%by，%at）。如需修改，请先填写理由重新打开该月。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="137" />
        <source>%period is not closed.</source>
        <translation>%period尚未结账。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="138" />
        <source>The problem no longer exists; it may have been deleted.</source>
        <translation>该问题已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="139" />
        <source>This unit has no overdue problems as of %date; there is nothing to put in a notice.</source>
        <translation>截至%date，该单位没有逾期问题，无需生成督办单。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="141" />
        <source>%field (%value) is set, but the problem is still open: clear the date or mark the problem solved.</source>
        <translation>已填写%field（%value），但问题仍未解决：请清除该日期，或将问题标为已解决。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="143" />
        <source>The report is empty: write the progress (形象进度) or enter a figure.</source>
        <translation>填报内容为空：请填写形象进度或投资数字。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="145" />
        <source>%field "%value" does not exist.</source>
        <translation>%field“%value”不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="146" />
        <source>"%value" is not a status light.</source>
        <translation>“%value”不是有效的状态灯。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="147" />
        <source>An override needs a written justification.</source>
        <translation>人工认定状态灯必须写明理由。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="149" />
        <source>The override must expire after today (%today).</source>
        <translation>人工认定的有效期必须晚于今天（%today）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="151" />
        <source>%field: "%value" is not a number.</source>
        <translation>%field：“%value”不是数字。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="152" />
        <source>%field: "%value" cannot be negative.</source>
        <translation>%field：“%value”不能为负数。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="153" />
        <source>The red gap (%red points) must not be smaller than the yellow gap (%yellow points).</source>
        <translation>红灯差距（%red个百分点）不能小于黄灯差距（%yellow个百分点）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="155" />
        <source>%field: "%value" must be a whole number.</source>
        <translation>%field：“%value”必须是整数。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="156" />
        <source>"%value" is not a number; indicator values are numbers in the indicator's unit.</source>
        <translation>“%value”不是数字；指标值应为按该指标计量单位填写的数字。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="158" />
        <source>Year %value is outside %min–%max.</source>
        <translation>年份%value超出%min–%max的范围。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="159" />
        <source>Indicator %seq does not exist.</source>
        <translation>指标%seq不存在。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="160" />
        <source>"%path" is an office database, not a demo database; demo data is never mixed into it.</source>
        <translation>“%path”是正式数据库，不是演示数据库；演示数据不会混入正式数据库。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/messages.py" line="167" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>MilestoneListsPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="132" />
        <source>Milestones due and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="132" />
        <source>milestones-due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="183" />
        <source>Overdue (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="185" />
        <source>Next %1 days (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="201" />
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="202" />
        <source>Set manual light…</source>
        <translation type="unfinished" />
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
    <name>MonthTable</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="56" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="57" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="58" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="59" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="60" />
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="61" />
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="62" />
        <source>Progress %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="63" />
        <source>Invested this month</source>
        <translation>本月完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="64" />
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="65" />
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="66" />
        <source>Since start</source>
        <translation>开工累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="67" />
        <source>Open problems</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="78" />
        <source>Frozen figures of %1 as closed; later edits do not change them. Amounts in 10k yuan.</source>
        <translation>以下为%1结账时冻结的数据，之后的修改不会改变这些数据。金额单位：万元。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="82" />
        <source>%1 is not closed: these figures are computed live and change with every edit until the month is closed. Amounts in 10k yuan.</source>
        <translation>%1尚未结账：以下数据为实时计算，结账前会随每次修改而变化。金额单位：万元。</translation>
    </message>
</context>
<context>
    <name>MonthlyLabels</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="16" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="17" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="18" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="19" />
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="20" />
        <source>Not started yet</source>
        <translation>未到开工时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="21" />
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="22" />
        <source>No schedule</source>
        <translation>无计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="25" />
        <source>County level</source>
        <translation>县级协调</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="26" />
        <source>City department</source>
        <translation>市直部门协调</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="27" />
        <source>City leader</source>
        <translation>市领导协调</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="30" />
        <source>Open</source>
        <translation>待解决</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="31" />
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="32" />
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="33" />
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="36" />
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="37" />
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="38" />
        <source>Not required</source>
        <translation>无需填报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/labels.py" line="82" />
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>MonthlyView</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="58" />
        <source>Close month…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="59" />
        <source>Freeze every project's light, reasons, progress and investment as of the month end</source>
        <translation>冻结各项目截至月末的灯色、原因、进度和投资数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="61" />
        <source>Reopen month…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="62" />
        <source>Export circular…</source>
        <translation>导出通报…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="63" />
        <source>Supervision notice…</source>
        <translation>督办通知单…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="64" />
        <source>For the problem selected in the ledger</source>
        <translation>为问题台账中选中的问题生成督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="69" />
        <source>Month</source>
        <translation>调度月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="81" />
        <source>Reporting</source>
        <translation>填报情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="82" />
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="83" />
        <source>Month figures</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="84" />
        <source>Compared with last month</source>
        <translation>与上期对比</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="85" />
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="117" />
        <source>%1 (closed)</source>
        <translation>%1（已结账）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="117" />
        <source>%1 (reopened)</source>
        <translation>%1（已重新打开）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="151" />
        <source>%1 is closed: a report saved now is kept, but the frozen figures of the month do not change unless it is reopened and closed again.</source>
        <translation>%1已结账：现在保存的填报会保留，但本月已冻结的数据不会改变，除非重新打开后再次结账。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="160" />
        <source>Not closed: figures are live</source>
        <translation>未结账：数据为实时计算</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="162" />
        <source>Closed on %1 by %2</source>
        <translation>已于%1结账（%2）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="165" />
        <source>Reopened on %1 by %2 — reason: %3</source>
        <translation>已于%1重新打开（%2），原因：%3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="176" />
        <source>%1: %2 projects · reports due %3, received %4, missing %5 · red %6, yellow %7, green %8 · open problems %9, overdue %10</source>
        <translation>%1：共%2个项目 · 应报%3个，已报%4个，未报%5个 · 红灯%6个，黄灯%7个，绿灯%8个 · 未解决问题%9个，其中逾期%10个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="197" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="207" />
        <source>Close month</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="198" />
        <source>Close %1? Every project's light, reasons, progress and investment as of %2 will be frozen; later edits will not change them. A closed month can only be reopened with a reason, which is recorded.</source>
        <translation>确定对%1结账吗？各项目截至%2的灯色、原因、进度和投资数据将被冻结，之后的修改不会改变这些数据。结账后如需重新打开，须填写原因并记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="215" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="223" />
        <source>Reopen month</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="216" />
        <source>Why must %1 be reopened? The reason is recorded in the change log; the frozen figures stay until the month is closed again.</source>
        <translation>请填写重新打开%1的原因（将记入变更记录）。再次结账前，原冻结数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="236" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="243" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="245" />
        <source>Export circular</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="237" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="245" />
        <source>Circular saved to %1</source>
        <translation>通报已保存到%1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="52" />
        <source>Edit problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="52" />
        <source>Add problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="64" />
        <source>What is blocking the project, in one or two sentences</source>
        <translation>用一两句话写明影响项目推进的问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="67" />
        <source>(not assigned)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="71" />
        <source>Deadline</source>
        <translation>设定时限</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="80" />
        <source>How it was solved (required when solved or closed)</source>
        <translation>解决或销号情况（状态为已解决或已销号时必填）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="91" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="92" />
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="93" />
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="94" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="95" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="96" />
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="97" />
        <source>Coordination level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="98" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="99" />
        <source>Resolution</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="100" />
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="102" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_dialog.py" line="170" />
        <source>Choose the project from the list.</source>
        <translation>请从列表中选择项目。</translation>
    </message>
</context>
<context>
    <name>ProblemLedgerView</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="61" />
        <source>Only overdue</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="65" />
        <source>Entries whose time limit is before this day and that are not solved or closed are overdue</source>
        <translation>办结时限早于此日期且尚未解决或销号的问题，视为逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="69" />
        <source>Search project or problem</source>
        <translation>搜索项目或问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="72" />
        <source>Add problem…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="73" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="74" />
        <source>Mark solved…</source>
        <translation>标记已解决…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="75" />
        <source>Notice for this problem…</source>
        <translation>生成本问题督办单…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="76" />
        <source>Notice for the unit's overdue problems…</source>
        <translation>生成该单位逾期问题督办单…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="81" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="102" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="81" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="105" />
        <source>Level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="82" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="106" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="86" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="98" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="99" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="100" />
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="101" />
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="103" />
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="104" />
        <source>Time limit</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="107" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="148" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="151" />
        <source>Not solved yet</source>
        <translation>未解决（待解决、推进中）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="199" />
        <source>%1 problems, %2 overdue</source>
        <translation>共%1个问题，逾期%2个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="220" />
        <source>%1 days</source>
        <translation>逾期%1天</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="249" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="252" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="259" />
        <source>Mark solved</source>
        <translation>标记已解决</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="249" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="275" />
        <source>Select a problem in the list first.</source>
        <translation>请先在列表中选择一个问题。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="253" />
        <source>How was “%1” solved? (recorded with today's date)</source>
        <translation>“%1”是如何解决的？（以今天为解决日期记录）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="274" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="287" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="289" />
        <source>Supervision notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="276" />
        <source>Choose a responsible unit in the filter, or select one of its problems.</source>
        <translation>请在筛选中选择责任单位，或选中该单位的一个问题。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="279" />
        <source>Save supervision notice</source>
        <translation>保存督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="280" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="290" />
        <source>Notice with %1 problems saved to %2</source>
        <translation>已生成含%1个问题的督办通知单：%2</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="106" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="106" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="106" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="106" />
        <source>Problem</source>
        <translation>问题说明</translation>
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
        <location filename="../../jnprojects/ui/views/project_list.py" line="51" />
        <source>Search name, content or pinyin initials (e.g. jxsgt)</source>
        <translation>搜索名称、建设内容或拼音首字母（如 jxsgt）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="57" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="58" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="59" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="60" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="104" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="172" />
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="56" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="56" />
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="56" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="56" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="56" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="57" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="57" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="57" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="57" />
        <source>Progress</source>
        <translation>形象进度</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="154" />
        <source>Counties, districts and zones</source>
        <translation>县（市、区）及功能区</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="155" />
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="156" />
        <source>Projects (monthly contest)</source>
        <translation>项目（月度比拼）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="158" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="176" />
        <source>On-schedule rate</source>
        <translation>按期推进率</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="159" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="180" />
        <source>Investment against schedule</source>
        <translation>投资序时完成率</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="163" />
        <source>On-schedule rate = green ÷ (green + yellow + red); completed projects, projects before their planned start, projects without planned dates and suspended projects are left out. Investment against schedule = invested this year ÷ (annual plan × share of the year elapsed at the month end); every project with an annual plan counts, a missing figure as 0. Ties: the other measure, then the name.</source>
        <translation>按期推进率＝绿灯项目数÷（绿灯＋黄灯＋红灯项目数）；已竣工、未到计划开工时间、无计划起止日期和暂停的项目不参与。投资序时完成率＝本年累计完成投资÷（年度计划投资×截至月末的年度序时进度）；有年度计划的项目均参与，未填报的按0计。指标相同时按另一指标排序，再相同按名称拼音排序。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="170" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="184" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="170" />
        <source>not ranked</source>
        <translation>不参评</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="171" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="172" />
        <source>Judged</source>
        <translation>参评项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="173" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="174" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="175" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="177" />
        <source>Annual plan (10k yuan)</source>
        <translation>年度计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="178" />
        <source>Planned to date (10k yuan)</source>
        <translation>序时计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="179" />
        <source>Invested this year (10k yuan)</source>
        <translation>本年累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="186" />
        <source>by</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="227" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="229" />
        <source>Top three: %1.   Bottom three: %2.</source>
        <translation>前三位：%1。　后三位：%2。</translation>
    </message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="68" />
        <source>Projects due this month</source>
        <translation>本月应报项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="69" />
        <source>Missing reports only</source>
        <translation>仅未报项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="70" />
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="72" />
        <source>Import filled sheet…</source>
        <translation>导入填报表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="73" />
        <source>Read reports from returned Excel fill-in sheets</source>
        <translation>从交回的Excel填报表中读取填报内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="76" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="88" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="76" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="89" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="79" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="86" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="87" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="90" />
        <source>Cycle</source>
        <translation>填报周期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="91" />
        <source>Report state</source>
        <translation>填报状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="92" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="156" />
        <source>Progress %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="94" />
        <source>Invested this month</source>
        <translation>本月完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="95" />
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="96" />
        <source>Since start</source>
        <translation>开工累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="97" />
        <source>Open problems</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="130" />
        <source>Report</source>
        <translation>填报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="132" />
        <source>Physical progress this month (形象进度)</source>
        <translation>本月形象进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="134" />
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="139" />
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="140" />
        <source>Annual plan (10k yuan)</source>
        <translation>年度计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="151" />
        <source>Copy last month</source>
        <translation>复制上月内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="152" />
        <source>Put last month's progress text in the box as a starting point</source>
        <translation>把上月的形象进度文字填入，在此基础上修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="153" />
        <source>Save report</source>
        <translation>保存填报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="157" />
        <source>Invested this month (10k yuan)</source>
        <translation>本月完成投资（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="158" />
        <source>Invested this year (10k yuan)</source>
        <translation>本年累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="159" />
        <source>Invested since start (10k yuan)</source>
        <translation>开工累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="167" />
        <source>Physical progress</source>
        <translation>形象进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="188" />
        <source>Report — select a project on the left</source>
        <translation>填报——请在左侧选择项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="194" />
        <source>Report of %1 %2</source>
        <translation>填报：%1 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="201" />
        <source>Annual plan %1 (10k yuan)</source>
        <translation>%1年度计划投资（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="224" />
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="228" />
        <source>Amount in 10k yuan</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="231" />
        <source>Share of the annual plan: — (no annual plan)</source>
        <translation>完成年度计划：—（未设年度计划）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="233" />
        <source>Share of the annual plan: %1; against schedule: %2</source>
        <translation>完成年度计划：%1；序时完成率：%2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="236" />
        <source>Share of the total investment: — (no total investment)</source>
        <translation>完成总投资：—（未填总投资）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="238" />
        <source>Share of the total investment: %1</source>
        <translation>完成总投资：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="239" />
        <source>Totals left blank are added up from the months before.</source>
        <translation>累计数不填时，由此前各月的本月完成投资逐月累加推算。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="248" />
        <source>There is no earlier report of this project to copy.</source>
        <translation>该项目此前没有填报，无可复制的内容。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="278" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="321" />
        <source>Due %1 · reported %2 · missing %3 (amounts in 10k yuan)</source>
        <translation>应报%1个 · 已报%2个 · 未报%3个（金额单位：万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="346" />
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="348" />
        <source>Reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="349" />
        <source>Not due</source>
        <translation>本月不需报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="363" />
        <source>Import filled sheet</source>
        <translation>导入填报表</translation>
    </message>
</context>
<context>
    <name>StatusByCategoryChart</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="35" />
        <source>Status by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="35" />
        <source>status-by-category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="48" />
        <source>Number of projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="103" />
        <source>Total %1 projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="105" />
        <source>, %1 with a manual light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="194" />
        <source>%1 · %2: %3 projects (click to list them)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskThread</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_worker.py" line="58" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="40" />
        <source>Make fill-in templates</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="42" />
        <source>One per lead unit</source>
        <translation>每个牵头单位一份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="43" />
        <source>One per county, city or district</source>
        <translation>每个县（市、区）一份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="51" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="57" />
        <source>Templates</source>
        <translation>填报表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="59" />
        <source>Month</source>
        <translation>填报月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="60" />
        <source>Folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="61" />
        <source>Each workbook lists the unit's projects and milestones. Names and codes are locked (sheet protection without a password); a hidden key ties the file to this database and month, so a returned file is checked before it is imported.</source>
        <translation>每份填报表列出该单位的项目和里程碑。项目编号和名称已锁定（工作表保护，未设密码）；表内隐藏的识别信息对应本数据库和填报月份，交回后导入前会先核对。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="67" />
        <source>Make templates</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="68" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="99" />
        <source>Writing templates…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="101" />
        <source>Cancelled; the templates already written stay in the folder.</source>
        <translation>已取消；已生成的填报表保留在文件夹中。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="106" />
        <source>%1 templates written to %2.</source>
        <translation>已生成%1份填报表，保存在%2。</translation>
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