<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="26" />
        <source>About jnprojects</source>
        <translation>关于 jnprojects</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="29" />
        <source>Jining key projects of new urbanization</source>
        <translation>济宁市新型城镇化重点项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="34" />
        <source>Key projects of the Jining New Urbanization Plan (2022–2035)</source>
        <translation>济宁市新型城镇化规划（2022—2035年）重点项目推进管理</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="47" />
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="48" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="49" />
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="50" />
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/about_dialog.py" line="51" />
        <source>Built with:</source>
        <translation>运行环境：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../jnprojects/app.py" line="74" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="141" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="142" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="143" />
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
    <name>BriefingPackDialog</name>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="42" />
        <source>Export briefing pack</source>
        <translation>导出汇报材料</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="50" />
        <source>PDF, one slide per page (to print or hand out)</source>
        <translation>PDF，每页一张幻灯片（用于打印或分发）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="51" />
        <source>Folder of PNG slides</source>
        <translation>PNG 图片文件夹（每张幻灯片一个文件）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="57" />
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="58" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="59" />
        <source>Place</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="60" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="61" />
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="63" />
        <source>The same slides as review mode (F5): cover, overview, each category, red projects, milestones due, plan indicators and what changed since the last closed month.</source>
        <translation>内容与汇报模式（F5）相同：封面、总体情况、各类别项目、红灯项目、即将到期节点、规划指标，以及与上一个已结账月份相比的变化。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="65" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="88" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="103" />
        <source>Choose a place in an existing folder.</source>
        <translation>请选择一个已存在文件夹中的位置。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="115" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/pack_dialog.py" line="117" />
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
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
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="64" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="64" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="64" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="64" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="64" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="65" />
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="65" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="110" />
        <source>Export image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="125" />
        <location filename="../../jnprojects/ui/dashboard/export.py" line="134" />
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="126" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="135" />
        <source>The image could not be written: %1</source>
        <translation>图片无法写入：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../jnprojects/cli.py" line="96" />
        <source>Database ready (already existed): %1, %2 projects</source>
        <translation>数据库已存在，可以使用：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="98" />
        <source>Database created: %1, %2 projects</source>
        <translation>数据库已创建：%1，共 %2 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="112" />
        <source>--size must look like 1400x860</source>
        <translation>--size 的格式应为 1400x860</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="120" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="122" />
        <location filename="../../jnprojects/cli_monthly.py" line="87" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="136" />
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli.py" line="155" />
        <source>Restored %1; the previous state was saved as %2</source>
        <translation>已恢复 %1；恢复前的数据已保存为 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="77" />
        <source>Exported %1 projects and %2 milestones to %3</source>
        <translation>已导出%1个项目、%2个里程碑到 %3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="94" />
        <source>%1 templates written to %2</source>
        <translation>已生成%1份填报表，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="111" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="107" />
        <source>Nothing was imported: fix the problems above, or use --skip-rejected to import the good rows.</source>
        <translation>未导入任何数据：请先修正上述问题，或使用 --skip-rejected 只导入无问题的行。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_excel.py" line="114" />
        <source>Imported: %1 projects changed</source>
        <translation>导入完成：%1个项目有变更</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="56" />
        <source>Closed %1: snapshot of %2 projects frozen</source>
        <translation>%1已结账：已冻结%2个项目的快照</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="71" />
        <source>Reopened %1</source>
        <translation>已重新打开%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="107" />
        <source>Notice with %1 problems saved to %2</source>
        <translation>督办单（%1个问题）已保存到 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/cli_monthly.py" line="124" />
        <source>%1 projects have not reported for %2</source>
        <translation>%2共有%1个项目未报送</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="74" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="75" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="76" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="77" />
        <source>Before</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="77" />
        <source>(new in the list)</source>
        <translation>（上期无此项目）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="78" />
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="79" />
        <source>Reasons now</source>
        <translation>本期原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="97" />
        <source>No month before %1 has been closed yet, so there is nothing to compare with. Close a month to start the comparison.</source>
        <translation>%1之前还没有已结账的月份，暂无对比。结账后即可与上期对比。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="103" />
        <source>%1 compared with %2 (the latest closed month before it):</source>
        <translation>%1与%2（此前最近一个已结账月份）相比：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="105" />
        <source>Red %1 (was %2), yellow %3 (was %4), green %5 (was %6).</source>
        <translation>红灯%1个（上期%2个），黄灯%3个（上期%4个），绿灯%5个（上期%6个）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="110" />
        <source>New red %1, new yellow %2, red to yellow %3, back to normal %4; milestones completed %5; problems raised %6, solved %7; investment added %8 (10k yuan).</source>
        <translation>新增红灯%1个，新增黄灯%2个，由红转黄%3个，恢复正常%4个；完成节点%5个；新提问题%6个，解决%7个；开工累计完成投资增加%8万元。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="118" />
        <source>New red</source>
        <translation>新增红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="119" />
        <source>New yellow</source>
        <translation>新增黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="120" />
        <source>Red to yellow</source>
        <translation>由红转黄</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="121" />
        <source>Back to normal</source>
        <translation>恢复正常</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="23" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="24" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="25" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="26" />
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="27" />
        <source>Not started yet</source>
        <translation>未到开工时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="28" />
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="29" />
        <source>No schedule</source>
        <translation>无计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="32" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="33" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="34" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="35" />
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="36" />
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="39" />
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="40" />
        <source>On course</source>
        <translation>按进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="41" />
        <source>Off course</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="42" />
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="43" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="46" />
        <source>Total investment</source>
        <translation>总投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="47" />
        <source>Plan for this year</source>
        <translation>年度计划投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="48" />
        <source>Completed this year</source>
        <translation>本年完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="49" />
        <source>Completed since start</source>
        <translation>开工累计完成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/labels.py" line="97" />
        <source> (set manually)</source>
        <translation>（人工认定）</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="92" />
        <source>Status is computed as of this date, so last month's report can be reproduced</source>
        <translation>状态按此日期计算，可重现上月的报告</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="94" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="105" />
        <source>Dashboard</source>
        <translation>综合看板</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="110" />
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="195" />
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · 截至%3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="268" />
        <source>Computing as of %1…</source>
        <translation>正在计算截至%1的状态…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="286" />
        <source>Default thresholds used: %1</source>
        <translation>已使用默认阈值：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="313" />
        <source>Projects shown</source>
        <translation>显示项目数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="314" />
        <source>%1 with a manual light</source>
        <translation>其中人工认定%1个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="315" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="316" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="317" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="318" />
        <source>Milestones overdue</source>
        <translation>逾期节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="319" />
        <source>Due in 30 days</source>
        <translation>30天内到期节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="323" />
        <location filename="../../jnprojects/ui/dashboard/view.py" line="327" />
        <source>Annual plan completed</source>
        <translation>年度投资完成率</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="324" />
        <source>%1 of %2 (100M yuan)</source>
        <translation>完成%1 / 计划%2（亿元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="328" />
        <source>no figures</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="348" />
        <source>Filter of the project list: %1</source>
        <translation>项目列表筛选：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/view.py" line="350" />
        <source>All projects (the dashboard follows the project list's filter)</source>
        <translation>全部项目（看板随项目列表的筛选而变）</translation>
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
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="74" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="74" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="74" />
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="74" />
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="75" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="75" />
        <source>Milestone state</source>
        <translation>节点状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="75" />
        <source>Project light</source>
        <translation>项目灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="91" />
        <source>%1 days overdue</source>
        <translation>逾期%1天</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="93" />
        <source>today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="95" />
        <source>in %1 days</source>
        <translation>%1天后</translation>
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
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="40" />
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="76" />
        <source>Export progress sheet</source>
        <translation>导出推进情况表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="52" />
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="53" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="54" />
        <source>Place</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="55" />
        <source>File</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="57" />
        <source>The workbook has the sheets 推进情况表, 里程碑 and 规划指标. Amounts are in 万元. The file can be edited and imported back.</source>
        <translation>工作簿包含“推进情况表”“里程碑”“规划指标”三个工作表，金额单位为万元。修改后可以再导入本程序。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="58" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="77" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="85" />
        <source>Choose a file in an existing folder.</source>
        <translation>请选择一个已存在文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="93" />
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="95" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有生成文件。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_dialog.py" line="100" />
        <source>Exported %1 projects and %2 milestones to %3.</source>
        <translation>已导出%1个项目、%2个里程碑到%3。</translation>
    </message>
</context>
<context>
    <name>ExportSizeDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="48" />
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="53" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="56" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="57" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/export.py" line="58" />
        <source>For slides 1920 × 1080 works well; for print use 3000 or more.</source>
        <translation>用于幻灯片建议 1920 × 1080；用于印刷建议 3000 像素以上。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/form_dialog.py" line="32" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/form_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="67" />
        <source>Schedule timeline</source>
        <translation>项目进度时间轴</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="67" />
        <source>schedule-timeline</source>
        <translation>项目进度时间轴</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="80" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="80" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="80" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="83" />
        <source>Zoom: show %1</source>
        <translation>缩放：按%1显示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="90" />
        <source>Earlier</source>
        <translation>向前</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="92" />
        <source>Later</source>
        <translation>向后</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="93" />
        <source>As-of date</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="94" />
        <source>Centre the view on the as-of date</source>
        <translation>以统计日期为中心显示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="95" />
        <source>Whole period</source>
        <translation>全部时段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="181" />
        <source>As of %1</source>
        <translation>统计日期 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="183" />
        <source>%1 projects, %2 with planned dates</source>
        <translation>%1个项目，其中%2个有计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="304" />
        <source>Milestone: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="306" />
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="308" />
        <source>Done on %1</source>
        <translation>完成于%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="318" />
        <source>Planned: %1 – %2</source>
        <translation>计划：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="321" />
        <source>Actual: not started</source>
        <translation>实际：尚未开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="323" />
        <source>Actual: from %1, under way</source>
        <translation>实际：%1开工，在建</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="325" />
        <source>Actual: %1 – %2</source>
        <translation>实际：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="357" />
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="359" />
        <source>Set manual light…</source>
        <translation>人工认定灯色…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="367" />
        <source>Planned period</source>
        <translation>计划工期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="368" />
        <source>Actual (colour of the light)</source>
        <translation>实际工期（颜色同灯色）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/gantt.py" line="373" />
        <source>Row marks:</source>
        <translation>行首标记：</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="171" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="171" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="171" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="171" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="193" />
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="193" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="194" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="194" />
        <source>Manual light</source>
        <translation>人工认定灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="199" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="199" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="199" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="200" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="200" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="201" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="201" />
        <source>Plan source</source>
        <translation>规划出处</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="202" />
        <source>Plan text</source>
        <translation>规划原文</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="202" />
        <source>Plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="210" />
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="212" />
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="146" />
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="156" />
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="157" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="161" />
        <source>Skip rows with problems</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="168" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="169" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="192" />
        <source>The database is open read-only; nothing can be imported.</source>
        <translation>数据库以只读方式打开，不能导入。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="194" />
        <source>The file has problems. Correct them and import again, or tick the box to import only the rows without problems.</source>
        <translation>文件中有问题。请修改后重新导入，或勾选“跳过有错误的行”只导入无误的行。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="197" />
        <source>Nothing to change: the database already holds these values.</source>
        <translation>没有需要修改的内容：数据库中已是这些值。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="199" />
        <source>Apply writes %1 changes in one step, after a backup. Nothing is written before.</source>
        <translation>点击“应用”后，先备份，再一次性写入%1处变更；此前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="208" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="227" />
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="232" />
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="256" />
        <source>Import Excel</source>
        <translation>导入Excel</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="228" />
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="257" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="46" />
        <source>Plan indicators: recorded values</source>
        <translation>规划指标：历年数值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="54" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="54" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="54" />
        <source>Plan 2021</source>
        <translation>规划2021年</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="55" />
        <source>2025 target</source>
        <translation>2025年目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="80" />
        <source>Enter each year's value in the indicator's unit (a blank cell removes it). For a cumulative target such as [7], enter each year's own amount: the dashboard adds them up over 2021–2025. Every change is kept in the change log.</source>
        <translation>按指标单位填写每年的数值（清空单元格即删除该年数值）。对于[7]这类累计目标，请填写每年当年的数量，看板会累加2021—2025年的数值。每次修改都记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="90" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="92" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/indicator_editor.py" line="126" />
        <source>Indicator %1, %2: %3</source>
        <translation>指标%1，%2年：%3</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="99" />
        <source>Plan indicators (专栏2)</source>
        <translation>规划主要指标（专栏2）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="99" />
        <source>plan-indicators</source>
        <translation>规划主要指标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="125" />
        <source>Values recorded up to %1 for %2 of %3 indicators; “on course” means at least on the straight path from the 2021 baseline to the target.</source>
        <translation>截至%1年，%3项指标中有%2项已录入数值；“按进度”指不低于从2021年基数到目标值的直线路径。</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="45" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="45" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="45" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="45" />
        <source>2021 baseline</source>
        <translation>2021年</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="46" />
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="46" />
        <source>2025 target</source>
        <translation>2025目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="46" />
        <source>2025</source>
        <translation>2025判断</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="46" />
        <source>2035 target</source>
        <translation>2035目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="47" />
        <source>2035</source>
        <translation>2035判断</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="57" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="67" />
        <source>Cumulative target: the yearly values of the period are added up.</source>
        <translation>累计目标：期内各年数值相加。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="69" />
        <source>Judged value: %1 (up to %2)</source>
        <translation>用于判断的数值：%1（截至%2年）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="72" />
        <source>On the straight path to the target it should be %1 by then.</source>
        <translation>按直线路径，届时应达到%1。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="74" />
        <source>No baseline and only one value: no path can be drawn yet.</source>
        <translation>无基数且只有一个数值，暂无法判断进度。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="75" />
        <source>The target year has passed or its value is in.</source>
        <translation>目标年份已过或该年数值已录入。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/indicator_table.py" line="76" />
        <source>The target text cannot be read as a number.</source>
        <translation>目标值无法识别为数字。</translation>
    </message>
</context>
<context>
    <name>InvestmentChart</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="43" />
        <source>Investment by category</source>
        <extracomment>The two figures drawn as bars, each row: (field, offset from the row centre).</extracomment>
        <translation>分类投资情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="43" />
        <source>investment-by-category</source>
        <translation>分类投资情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="55" />
        <source>100 million yuan (亿元)</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="89" />
        <source>None of the %1 projects shown has an annual investment plan or completed investment for %2, the two figures the bars compare. Enter them in the monthly reports (月调度) or import an office's project ledger (文件 ▸ Excel).</source>
        <translation>所显示的%1个项目均无%2年度计划投资或本年完成投资，而柱状图比较的正是这两项数据。请在月调度中填报，或通过“文件 ▸ Excel”导入项目台账。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="104" />
        <source>No project matches the current filter.</source>
        <translation>没有符合当前筛选条件的项目。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="106" />
        <source>No investment figures yet: none of the %1 projects shown has a total investment, an annual investment plan for %2 or a reported investment.

Enter the total investment in the project editor, the annual plan and completed investment in the monthly reports (月调度), or import an office's project ledger (文件 ▸ Excel).</source>
        <translation>暂无投资数据：显示的%1个项目都没有总投资、%2年度计划投资或填报的完成投资。

请在项目编辑中填写总投资，在月调度中填报年度计划和完成投资，或导入项目台账（文件 ▸ Excel）。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="122" />
        <source>(%1 of %2 projects)</source>
        <translation>（%1/%2项）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="126" />
        <source>Unit: 100 million yuan</source>
        <translation>单位：亿元</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="132" />
        <source>%1 plan completed:</source>
        <translation>%1年度计划完成率：</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/investment_chart.py" line="142" />
        <source>total %1</source>
        <translation>总投资%1</translation>
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
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="50" />
        <source>Import ledger: columns</source>
        <translation>导入项目台账：列对应关系</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="53" />
        <source>(the mapping used last time for these headers)</source>
        <translation>（已沿用上次对这些表头的设置）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="54" />
        <source>%1, sheet “%2”: choose what each column means. Columns set to “Ignore” are not read. %3</source>
        <translation>%1，工作表“%2”：请确认每一列的含义，设为“忽略”的列不会读取。%3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="59" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="59" />
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="59" />
        <source>Means</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="60" />
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="71" />
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="85" />
        <source>(from the 类别 column)</source>
        <translation>（按“类别”列）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="92" />
        <source>Category of new projects</source>
        <translation>新建项目的类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="93" />
        <source>Year of the annual plan column</source>
        <translation>年度计划投资的年份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="99" />
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="100" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="119" />
        <source>Choose the column that holds the project name (项目名称).</source>
        <translation>请指定项目名称所在的列。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="121" />
        <source>Each meaning can be chosen for one column only: %1.</source>
        <translation>每个字段只能对应一列：%1。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="131" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="148" />
        <source>Import ledger</source>
        <translation>导入项目台账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="150" />
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/ledger_mapping.py" line="156" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="46" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/selftest.py" line="65" />
        <location filename="../../jnprojects/ui/main_window.py" line="84" />
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="88" />
        <source>Dashboard</source>
        <translation>综合看板</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="89" />
        <source>Monthly dispatch</source>
        <translation>月调度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="90" />
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="96" />
        <source>Demo data: generated schedules and figures for rehearsal only, not facts of the plan or of any office</source>
        <translation>演示数据：进度、投资和单位均为生成的演练数据，不是规划或任何单位的真实情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="100" />
        <source>Read-only: this database is opened for viewing; no change can be saved</source>
        <translation>只读：本数据库仅供查看，任何修改都不会保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="122" />
        <source>Jining key projects of new urbanization</source>
        <translation>济宁市新型城镇化重点项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="124" />
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="149" />
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="150" />
        <source>&amp;Open project</source>
        <translation>打开项目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="151" />
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="153" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="154" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="156" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="158" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="159" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="160" />
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="171" />
        <source>E&amp;xcel exchange</source>
        <translation>Excel数据交换(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="176" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="181" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="182" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="192" />
        <source>&amp;Manual light…</source>
        <translation>人工认定状态灯(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="194" />
        <source>Status &amp;thresholds…</source>
        <translation>状态判定阈值(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="195" />
        <source>Plan &amp;indicators…</source>
        <translation>规划指标录入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="196" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="199" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="209" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="226" />
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="249" />
        <location filename="../../jnprojects/ui/main_window.py" line="260" />
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="250" />
        <source>Delete %1 %2 with its milestones and reports? This cannot be undone; the change log keeps its code and name.</source>
        <translation>删除项目 %1 %2 及其里程碑和进展填报？此操作不能撤销；变更记录会保留其编号和名称。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="284" />
        <source>Image saved: %1</source>
        <translation>图片已保存：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="370" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="385" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/main_window.py" line="386" />
        <source>The language will change the next time jnprojects starts.</source>
        <translation>界面语言将在下次启动 jnprojects 时生效。</translation>
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
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="141" />
        <source>Milestones due and overdue</source>
        <translation>节点到期与逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="141" />
        <source>milestones-due</source>
        <translation>节点到期与逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="188" />
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="190" />
        <source>Next %1 days (%2)</source>
        <translation>未来%1天（%2）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="206" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/milestone_lists.py" line="207" />
        <source>Set manual light…</source>
        <translation>人工认定灯色…</translation>
    </message>
</context>
<context>
    <name>MilestonePanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="93" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="94" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="95" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="96" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="97" />
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="124" />
        <source>Apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="101" />
        <source>Add the standard milestones of this category</source>
        <translation>添加本类别的标准里程碑节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor_tabs.py" line="125" />
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
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="34" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="35" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="36" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="37" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="38" />
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="39" />
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="40" />
        <source>Progress %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="41" />
        <source>Invested this month</source>
        <translation>本月完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="42" />
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="43" />
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="44" />
        <source>Since start</source>
        <translation>开工累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="45" />
        <source>Open problems</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="56" />
        <source>Frozen figures of %1 as closed; later edits do not change them. Amounts in 10k yuan.</source>
        <translation>以下为%1结账时冻结的数据，之后的修改不会改变这些数据。金额单位：万元。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="60" />
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
        <location filename="../../jnprojects/ui/monthly/view.py" line="64" />
        <source>Close month…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="65" />
        <source>Freeze every project's light, reasons, progress and investment as of the month end</source>
        <translation>冻结各项目截至月末的灯色、原因、进度和投资数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="67" />
        <source>Reopen month…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="68" />
        <source>Export circular…</source>
        <translation>导出通报…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="69" />
        <source>Supervision notice…</source>
        <translation>督办通知单…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="70" />
        <source>For the problem selected in the ledger</source>
        <translation>为问题台账中选中的问题生成督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="79" />
        <source>Month</source>
        <translation>调度月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="93" />
        <source>Reporting</source>
        <translation>填报情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="94" />
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="95" />
        <source>Month figures</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="96" />
        <source>Compared with last month</source>
        <translation>与上期对比</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="97" />
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="129" />
        <source>%1 (closed)</source>
        <translation>%1（已结账）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="129" />
        <source>%1 (reopened)</source>
        <translation>%1（已重新打开）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="169" />
        <source>%1 is closed: a report saved now is kept, but the frozen figures of the month do not change unless it is reopened and closed again.</source>
        <translation>%1已结账：现在保存的填报会保留，但本月已冻结的数据不会改变，除非重新打开后再次结账。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="177" />
        <source>Not closed: figures are live</source>
        <translation>未结账：数据为实时计算</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="179" />
        <source>Closed on %1 by %2</source>
        <translation>已于%1结账（%2）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="182" />
        <source>Reopened on %1 by %2 — reason: %3</source>
        <translation>已于%1重新打开（%2），原因：%3</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="191" />
        <source>Computing the figures of %1…</source>
        <translation>正在计算%1的月度数据…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="214" />
        <source>%1: %2 projects · reports due %3, received %4, missing %5 · red %6, yellow %7, green %8 · open problems %9, overdue %10</source>
        <translation>%1：共%2个项目 · 应报%3个，已报%4个，未报%5个 · 红灯%6个，黄灯%7个，绿灯%8个 · 未解决问题%9个，其中逾期%10个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="235" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="247" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="249" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="252" />
        <source>Close month</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="236" />
        <source>Close %1? Every project's light, reasons, progress and investment as of %2 will be frozen; later edits will not change them. A closed month can only be reopened with a reason, which is recorded.</source>
        <translation>确定对%1结账吗？各项目截至%2的灯色、原因、进度和投资数据将被冻结，之后的修改不会改变这些数据。结账后如需重新打开，须填写原因并记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="247" />
        <source>Closing %1…</source>
        <translation>正在结账：%1…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="249" />
        <source>%1 was not closed.</source>
        <translation>%1未结账。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="260" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="268" />
        <source>Reopen month</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="261" />
        <source>Why must %1 be reopened? The reason is recorded in the change log; the frozen figures stay until the month is closed again.</source>
        <translation>请填写重新打开%1的原因（将记入变更记录）。再次结账前，原冻结数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="281" />
        <location filename="../../jnprojects/ui/monthly/view.py" line="287" />
        <source>Export circular</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="282" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="289" />
        <source>Writing the circular of %1…</source>
        <translation>正在生成%1调度通报…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="292" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有生成文件。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/view.py" line="295" />
        <source>Circular saved to %1</source>
        <translation>通报已保存到%1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="61" />
        <source>Manual light – %1</source>
        <translation>人工认定灯色 – %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="69" />
        <source>Light from the rules: %1</source>
        <translation>按规则计算的灯色：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="88" />
        <source>Why the computed light does not fit, e.g. the delay was agreed at the dispatch meeting of 2026-05-20</source>
        <translation>说明计算灯色为何不适用，例如：延期已经2026-05-20调度会同意</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="104" />
        <source>Light</source>
        <translation>灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="105" />
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="106" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="108" />
        <source>The manual light replaces the computed one up to and including the expiry date; the computed light and its reasons stay visible beside it. Who set it, when and why is kept in the change log.</source>
        <translation>人工认定的灯色在有效期内（含当天）取代计算灯色，计算灯色及其原因仍同时显示。设定人、时间和理由记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="121" />
        <source>Set manual light</source>
        <translation>设定人工灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="122" />
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="159" />
        <source>Clear manual light</source>
        <translation>取消人工灯色</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="125" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="136" />
        <source>No manual light is set; the light follows the rules.</source>
        <translation>未设定人工灯色，灯色按规则计算。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="137" />
        <source>Current manual light: %1, set by %2, valid until %3. Reason: %4</source>
        <translation>当前人工灯色：%1，设定人：%2，有效期至%3。理由：%4</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="141" />
        <source>(expired: the computed light applies again)</source>
        <translation>（已过期，重新按规则计算灯色）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/override_dialog.py" line="160" />
        <source>Remove the manual light? The computed light applies again.</source>
        <translation>取消人工认定的灯色？之后按规则计算灯色。</translation>
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
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="138" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="141" />
        <source>Not solved yet</source>
        <translation>未解决（待解决、推进中）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="177" />
        <source>%1 problems, %2 overdue</source>
        <translation>共%1个问题，逾期%2个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="198" />
        <source>%1 days</source>
        <translation>逾期%1天</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="227" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="230" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="237" />
        <source>Mark solved</source>
        <translation>标记已解决</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="227" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="253" />
        <source>Select a problem in the list first.</source>
        <translation>请先在列表中选择一个问题。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="231" />
        <source>How was “%1” solved? (recorded with today's date)</source>
        <translation>“%1”是如何解决的？（以今天为解决日期记录）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="252" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="265" />
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="267" />
        <source>Supervision notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="254" />
        <source>Choose a responsible unit in the filter, or select one of its problems.</source>
        <translation>请在筛选中选择责任单位，或选中该单位的一个问题。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="257" />
        <source>Save supervision notice</source>
        <translation>保存督办通知单</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="258" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/problem_ledger.py" line="268" />
        <source>Notice with %1 problems saved to %2</source>
        <translation>已生成含%1个问题的督办通知单：%2</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="108" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="108" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="108" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/import_preview.py" line="108" />
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="86" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="87" />
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="88" />
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="89" />
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="189" />
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="90" />
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="150" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="152" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="153" />
        <source>Save and keep editing (Ctrl+S)</source>
        <translation>保存并继续编辑（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="154" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="155" />
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="156" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="188" />
        <source>Problems (%1 open)</source>
        <translation>存在问题（%1个未解决）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="193" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="193" />
        <source>Project details</source>
        <translation>项目详情</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="208" />
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="238" />
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="242" />
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="262" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="295" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="296" />
        <source>This project has unsaved changes. Discard them?</source>
        <translation>本项目有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="298" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_editor.py" line="299" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="45" />
        <source>Search name, content or pinyin initials (e.g. jxsgt)</source>
        <translation>搜索名称、建设内容或拼音首字母（如 jxsgt）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="56" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="63" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="64" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="65" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="66" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="102" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/views/project_list.py" line="195" />
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
</context>
<context>
    <name>ProjectProblemsPanel</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="25" />
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="25" />
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="25" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="26" />
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="26" />
        <source>Level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="26" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="27" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/project_problems_panel.py" line="48" />
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="75" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="75" />
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="75" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="75" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="75" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="76" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="76" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="76" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/models/project_table.py" line="76" />
        <source>Progress</source>
        <translation>形象进度</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="132" />
        <source>Counties, districts and zones</source>
        <translation>县（市、区）及功能区</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="133" />
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="134" />
        <source>Projects (monthly contest)</source>
        <translation>项目（月度比拼）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="136" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="154" />
        <source>On-schedule rate</source>
        <translation>按期推进率</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="137" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="158" />
        <source>Investment against schedule</source>
        <translation>投资序时完成率</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="141" />
        <source>On-schedule rate = green ÷ (green + yellow + red); completed projects, projects before their planned start, projects without planned dates and suspended projects are left out. Investment against schedule = invested this year ÷ (annual plan × share of the year elapsed at the month end); every project with an annual plan counts, a missing figure as 0. Ties: the other measure, then the name.</source>
        <translation>按期推进率＝绿灯项目数÷（绿灯＋黄灯＋红灯项目数）；已竣工、未到计划开工时间、无计划起止日期和暂停的项目不参与。投资序时完成率＝本年累计完成投资÷（年度计划投资×截至月末的年度序时进度）；有年度计划的项目均参与，未填报的按0计。指标相同时按另一指标排序，再相同按名称拼音排序。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="148" />
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="162" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="148" />
        <source>not ranked</source>
        <translation>不参评</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="149" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="150" />
        <source>Judged</source>
        <translation>参评项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="151" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="152" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="153" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="155" />
        <source>Annual plan (10k yuan)</source>
        <translation>年度计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="156" />
        <source>Planned to date (10k yuan)</source>
        <translation>序时计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="157" />
        <source>Invested this year (10k yuan)</source>
        <translation>本年累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="164" />
        <source>by</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="205" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/month_panels.py" line="207" />
        <source>Top three: %1.   Bottom three: %2.</source>
        <translation>前三位：%1。　后三位：%2。</translation>
    </message>
</context>
<context>
    <name>ReportingView</name>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="75" />
        <source>Projects due this month</source>
        <translation>本月应报项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="76" />
        <source>Missing reports only</source>
        <translation>仅未报项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="77" />
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="79" />
        <source>Import filled sheet…</source>
        <translation>导入填报表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="80" />
        <source>Read reports from returned Excel fill-in sheets</source>
        <translation>从交回的Excel填报表中读取填报内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="83" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="95" />
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="83" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="96" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="86" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="93" />
        <source>Code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="94" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="97" />
        <source>Cycle</source>
        <translation>填报周期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="98" />
        <source>Report state</source>
        <translation>填报状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="99" />
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="153" />
        <source>Progress %</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="101" />
        <source>Invested this month</source>
        <translation>本月完成投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="102" />
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="103" />
        <source>Since start</source>
        <translation>开工累计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="104" />
        <source>Open problems</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="127" />
        <source>Report</source>
        <translation>填报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="129" />
        <source>Physical progress this month (形象进度)</source>
        <translation>本月形象进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="131" />
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="136" />
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="137" />
        <source>Annual plan (10k yuan)</source>
        <translation>年度计划（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="148" />
        <source>Copy last month</source>
        <translation>复制上月内容</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="149" />
        <source>Put last month's progress text in the box as a starting point</source>
        <translation>把上月的形象进度文字填入，在此基础上修改</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="150" />
        <source>Save report</source>
        <translation>保存填报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="154" />
        <source>Invested this month (10k yuan)</source>
        <translation>本月完成投资（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="155" />
        <source>Invested this year (10k yuan)</source>
        <translation>本年累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="156" />
        <source>Invested since start (10k yuan)</source>
        <translation>开工累计完成（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="164" />
        <source>Physical progress</source>
        <translation>形象进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="185" />
        <source>Report — select a project on the left</source>
        <translation>填报——请在左侧选择项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="193" />
        <source>Report of %1 %2</source>
        <translation>填报：%1 %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="200" />
        <source>Annual plan %1 (10k yuan)</source>
        <translation>%1年度计划投资（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="223" />
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="227" />
        <source>Amount in 10k yuan</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="230" />
        <source>Share of the annual plan: — (no annual plan)</source>
        <translation>完成年度计划：—（未设年度计划）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="232" />
        <source>Share of the annual plan: %1; against schedule: %2</source>
        <translation>完成年度计划：%1；序时完成率：%2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="235" />
        <source>Share of the total investment: — (no total investment)</source>
        <translation>完成总投资：—（未填总投资）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="237" />
        <source>Share of the total investment: %1</source>
        <translation>完成总投资：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="238" />
        <source>Totals left blank are added up from the months before.</source>
        <translation>累计数不填时，由此前各月的本月完成投资逐月累加推算。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="247" />
        <source>There is no earlier report of this project to copy.</source>
        <translation>该项目此前没有填报，无可复制的内容。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="277" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="320" />
        <source>Reading the reports of %1…</source>
        <translation>正在读取%1的填报情况…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="344" />
        <source>Due %1 · reported %2 · missing %3 (amounts in 10k yuan)</source>
        <translation>应报%1个 · 已报%2个 · 未报%3个（金额单位：万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="366" />
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="368" />
        <source>Reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="369" />
        <source>Not due</source>
        <translation>本月不需报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/monthly/reporting_view.py" line="385" />
        <source>Import filled sheet</source>
        <translation>导入填报表</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../jnprojects/ui/review/export.py" line="135" />
        <source>Wrote %1 slides to %2</source>
        <translation>已将 %1 张幻灯片写入 %2</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="18" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="19" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="20" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="21" />
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="22" />
        <source>Not started</source>
        <translation>未到开工期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="23" />
        <source>No schedule</source>
        <translation>无计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="24" />
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="27" />
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="28" />
        <source>On course</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="29" />
        <source>Off course</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="30" />
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="31" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="34" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="35" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="36" />
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="37" />
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="38" />
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="67" />
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="77" />
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="100" />
        <source>today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/texts.py" line="101" />
        <source>in %1 days</source>
        <translation>%1天后</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <location filename="../../jnprojects/ui/review/menu.py" line="35" />
        <location filename="../../jnprojects/ui/review/menu.py" line="48" />
        <location filename="../../jnprojects/ui/review/menu.py" line="66" />
        <location filename="../../jnprojects/ui/review/menu.py" line="86" />
        <source>Review mode</source>
        <translation>汇报模式</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/menu.py" line="36" />
        <source>Preparing the slides…</source>
        <translation>正在准备汇报页面…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/menu.py" line="49" />
        <source>Present on which screen?</source>
        <translation>在哪个屏幕上放映？</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/menu.py" line="68" />
        <source>Export briefing pack…</source>
        <translation>导出汇报材料…</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../jnprojects/ui/review/window.py" line="41" />
        <source>Review mode</source>
        <translation>汇报模式</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/window.py" line="84" />
        <source>Go to slide %1</source>
        <translation>转到第 %1 页</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <location filename="../../jnprojects/ui/choices.py" line="39" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/choices.py" line="41" />
        <source>All places</source>
        <translation>全部地点</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="46" />
        <source>Key projects of Jining's new urbanization: progress briefing</source>
        <translation>济宁市新型城镇化重点项目推进情况汇报</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="52" />
        <source> (%1 of %2)</source>
        <translation>（第%1部分，共%2部分）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="58" />
        <source>Overview: status and investment by category</source>
        <translation>总体情况：各类别项目状态与投资</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="59" />
        <source>%1: projects</source>
        <translation>%1项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="60" />
        <source>Red projects needing attention</source>
        <translation>红灯项目（需重点关注）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="61" />
        <source>Milestones due in the next 30 / 60 days</source>
        <translation>未来30天 / 60天到期节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="62" />
        <source>Plan indicators (box 2) against the 2025 and 2035 targets</source>
        <translation>专栏2 规划指标与2025年、2035年目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="63" />
        <source>What changed since the last closed month</source>
        <translation>与上一个结账月份相比的变化</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="107" />
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="28" />
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="120" />
        <source>DEMO DATA: generated for rehearsal, not facts of the plan</source>
        <translation>演示数据：为演练生成，不是规划或任何单位的真实情况</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="148" />
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="151" />
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="153" />
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="155" />
        <source>Unit: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/renderer.py" line="156" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="47" />
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="48" />
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="49" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="50" />
        <source>Planned period</source>
        <translation>计划工期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="52" />
        <source>Actual period</source>
        <translation>实际工期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="54" />
        <source>Investment (10k yuan)</source>
        <translation>总投资（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="56" />
        <source>schedule %1%, actual %2%</source>
        <translation>序时进度%1%，实际进度%2%</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="58" />
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="113" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="59" />
        <source>Latest report</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="63" />
        <source>Why %1</source>
        <translation>%1原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="65" />
        <source>Problem: %1</source>
        <translation>存在问题：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="69" />
        <source>Milestones</source>
        <translation>里程碑节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="82" />
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="53" />
        <source>No milestones entered</source>
        <translation>未录入里程碑节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/details.py" line="84" />
        <source>Read-only. Esc or a click closes the details.</source>
        <translation>只读。按 Esc 或单击关闭详情。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="52" />
        <source>All milestones done</source>
        <translation>全部节点已完成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="58" />
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="78" />
        <source>%1 projects in this category</source>
        <translation>本类共 %1 个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="81" />
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="109" />
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="144" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="82" />
        <source>Current milestone</source>
        <translation>当前节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="83" />
        <source>Problems and reasons</source>
        <translation>存在问题及原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="103" />
        <source>No red projects as of %1</source>
        <translation>截至%1，无红灯项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="107" />
        <source>%1 red projects in scope</source>
        <translation>红灯项目 %1 个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="110" />
        <source>Why it is red</source>
        <translation>亮红灯原因</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="111" />
        <source>Lead unit and contact</source>
        <translation>牵头单位及联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="126" />
        <source>No lead unit entered</source>
        <translation>未录入牵头单位</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="129" />
        <source>No contact entered</source>
        <translation>未录入联系人</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="137" />
        <source>No milestones due in the next 60 days</source>
        <translation>未来60天内无到期节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="140" />
        <source>%1 open milestones due within 60 days; the dark ones within 30 days</source>
        <translation>未来60天内到期节点 %1 个，深色标记为30天内到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="142" />
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="143" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="145" />
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="146" />
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="177" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="178" />
        <source>2021</source>
        <translation>2021年</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="179" />
        <source>Latest</source>
        <translation>最新值（年份）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="180" />
        <source>2025 target</source>
        <translation>2025年目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="181" />
        <source>2035 target</source>
        <translation>2035年目标</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_lists.py" line="194" />
        <source>not recorded</source>
        <translation>未录入</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="24" />
        <source>Jining New Urbanization Plan (2022–2035)</source>
        <translation>济宁市新型城镇化规划（2022—2035年）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="30" />
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="36" />
        <source>Projects</source>
        <translation>项目总数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="70" />
        <source>Status by category</source>
        <translation>各类别项目状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="76" />
        <source>No projects in scope</source>
        <translation>范围内没有项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="105" />
        <source>Investment this year (10k yuan)</source>
        <translation>本年度投资完成情况（万元）</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="109" />
        <source>No investment figures have been entered for these projects yet.</source>
        <translation>这些项目尚未录入投资数据。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="112" />
        <source>Plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="112" />
        <source>Done</source>
        <translation>本年完成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="129" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="141" />
        <source>no plan</source>
        <translation>无年度计划</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="161" />
        <source>No closed month yet</source>
        <translation>尚无已结账月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="163" />
        <source>Changes are shown against the latest closed month. Close a month in Monthly dispatch to compare the next briefing with it.</source>
        <translation>变化情况与最近一个已结账月份对比。请在“月调度”中结账一个月份，下次汇报即可与之对比。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="169" />
        <source>Compared with the closed month %1, as of %2</source>
        <translation>与已结账的%1相比，截至%2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="176" />
        <source>New red projects</source>
        <translation>新增红灯项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="178" />
        <source>Recovered or eased</source>
        <translation>恢复正常或由红转黄</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="181" />
        <source>Milestones completed</source>
        <translation>新完成节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="192" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="198" />
        <source>new red</source>
        <translation>新增红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="199" />
        <source>red projects %1 → %2</source>
        <translation>红灯项目 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="201" />
        <source>recovered</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="202" />
        <source>red or yellow before, neither now</source>
        <translation>原为红灯或黄灯，现已恢复</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="203" />
        <source>red to yellow</source>
        <translation>由红转黄</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="204" />
        <source>yellow projects %1 → %2</source>
        <translation>黄灯项目 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="206" />
        <source>milestones completed</source>
        <translation>新完成节点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="207" />
        <source>problems raised %1, solved %2</source>
        <translation>新提问题 %1 个，解决 %2 个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="227" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/review/slides_summary.py" line="240" />
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <location filename="../../jnprojects/ui/start_splash.py" line="48" />
        <source>Jining key projects of new urbanization</source>
        <translation>济宁市新型城镇化重点项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/start_splash.py" line="58" />
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/start_splash.py" line="61" />
        <source>Reading the projects…</source>
        <translation>正在读取项目…</translation>
    </message>
</context>
<context>
    <name>StatusByCategoryChart</name>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="36" />
        <source>Status by category</source>
        <translation>分类项目状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="36" />
        <source>status-by-category</source>
        <translation>分类项目状态</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="49" />
        <source>Number of projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="107" />
        <source>Total %1 projects</source>
        <translation>共%1个项目</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="109" />
        <source>, %1 with a manual light</source>
        <translation>，其中人工认定%1个</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dashboard/status_chart.py" line="189" />
        <source>%1 · %2: %3 projects (click to list them)</source>
        <translation>%1 · %2：%3个项目（单击列出）</translation>
    </message>
</context>
<context>
    <name>TaskThread</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_worker.py" line="150" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="36" />
        <source>Make fill-in templates</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="38" />
        <source>One per lead unit</source>
        <translation>每个牵头单位一份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="39" />
        <source>One per county, city or district</source>
        <translation>每个县（市、区）一份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="47" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="53" />
        <source>Templates</source>
        <translation>填报表</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="55" />
        <source>Month</source>
        <translation>填报月份</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="56" />
        <source>Folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="58" />
        <source>Each workbook lists the unit's projects and milestones. Names and codes are locked (sheet protection without a password); a hidden key ties the file to this database and month, so a returned file is checked before it is imported.</source>
        <translation>每份填报表列出该单位的项目和里程碑。项目编号和名称已锁定（工作表保护，未设密码）；表内隐藏的识别信息对应本数据库和填报月份，交回后导入前会先核对。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="61" />
        <source>Make templates</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="78" />
        <source>Writing templates…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="80" />
        <source>Cancelled; the templates already written stay in the folder.</source>
        <translation>已取消；已生成的填报表保留在文件夹中。</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/export_templates.py" line="83" />
        <source>%1 templates written to %2.</source>
        <translation>已生成%1份填报表，保存在%2。</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="57" />
        <source>Status thresholds</source>
        <extracomment>Worked cases of the project 序时进度: (planned start, planned end, as-of date). Worked cases of the annual 序时进度 (investment plans).</extracomment>
        <translation>红黄绿灯阈值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="63" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="64" />
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="65" />
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="66" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="68" />
        <source>Yellow when progress is behind 序时进度 by more than</source>
        <translation>进度落后序时进度超过以下值亮黄灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="69" />
        <source>Red when progress is behind 序时进度 by more than</source>
        <translation>进度落后序时进度超过以下值亮红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="70" />
        <source>Red when still not started this long after the planned start</source>
        <translation>超过计划开工时间以下时长仍未开工亮红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="72" />
        <source>A milestone is due soon within</source>
        <translation>节点即将到期的提前天数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="73" />
        <source>Red when a milestone is overdue by more than</source>
        <translation>节点逾期超过以下天数亮红灯</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="74" />
        <source>Warn before an approval lapses within</source>
        <translation>审批手续失效前提前预警天数</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="82" />
        <source>How 序时进度 is computed</source>
        <translation>序时进度的计算方法</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="91" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="92" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="94" />
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="110" />
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="131" />
        <source>planned %1 to %2, as of %3: %4 / %5 days = &lt;b&gt;%6%&lt;/b&gt;</source>
        <translation>计划%1至%2，统计日%3：%4 / %5天 = &lt;b&gt;%6%&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="137" />
        <source>%1: day %2 of %3 = &lt;b&gt;%4%&lt;/b&gt;</source>
        <translation>%1：第%2天 / 全年%3天 = &lt;b&gt;%4%&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="142" />
        <source>&lt;p&gt;&lt;b&gt;Project:&lt;/b&gt; 序时进度 = days from the planned start to the as-of date ÷ days from the planned start to the planned end × 100, kept within 0–100 % (0 before the start, 100 after the end).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;项目：&lt;/b&gt;序时进度 = 计划开工日至统计日的天数 ÷ 计划开工日至计划竣工日的天数 × 100，限定在0—100%之间（开工前为0，竣工日后为100）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="145" />
        <source>&lt;p&gt;&lt;b&gt;Annual investment:&lt;/b&gt; 序时进度 = day of the year of the as-of date ÷ days in the year × 100 (31 December is 100 %).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;年度投资：&lt;/b&gt;序时进度 = 统计日是当年第几天 ÷ 全年天数 × 100（12月31日为100%）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../jnprojects/ui/dialogs/thresholds_dialog.py" line="147" />
        <source>&lt;p&gt;&lt;b&gt;Gap:&lt;/b&gt; 序时进度 − actual progress, in percentage points. Actual progress is the share of milestone weights done, else the reported 形象进度, else investment completed ÷ total investment. Exactly at a threshold is not behind: with the default 10 / 30 points, 35 % against 50 % (15 points behind) is yellow, 20 % against 50 % (30 points) is still yellow, 19 % (31 points) is red.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;差距：&lt;/b&gt;序时进度 − 实际进度，单位为百分点。实际进度优先取已完成节点的权重之和，其次取填报的形象进度，再次取完成投资 ÷ 总投资。恰好等于阈值不算落后：按默认的10 / 30个百分点，实际35%对序时50%（落后15个百分点）为黄灯，20%对50%（落后30个百分点）仍为黄灯，19%（落后31个百分点）为红灯。&lt;/p&gt;</translation>
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