<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Key groups and lists</source>
        <translation>重点人群与代码表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>正在校验日志链…</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked, none changed or removed.</source>
        <translation>完整：已校验 %1 条，无篡改、无删除。</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>被修改</translation>
    </message>
    <message>
        <source>removed before it</source>
        <translation>之前有记录被删除</translation>
    </message>
    <message>
        <source>TAMPERED: entry %1 was %2. Tell the director.</source>
        <translation>发现篡改：第 %1 条%2。请报告中心主任。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Viewed sensitive data</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>Revealed masked data</source>
        <translation>查看脱敏信息</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Closed at the end of the day</source>
        <translation>日终自动签离</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>登记处理结果</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>登记调解意愿</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Police alert</source>
        <translation>涉警预警</translation>
    </message>
    <message>
        <source>Police alert acknowledged</source>
        <translation>涉警预警已告知</translation>
    </message>
    <message>
        <source>Agreement recorded</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Dossier filed</source>
        <translation>卷宗归档</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Database moved to a server</source>
        <translation>数据库迁移到服务器</translation>
    </message>
    <message>
        <source>Camera snapshot kept</source>
        <translation>监控截图留存</translation>
    </message>
    <message>
        <source>Footage access registered</source>
        <translation>录像调阅登记</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>审核不通过</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>恢复前被替换</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>第二备份位置</translation>
    </message>
    <message>
        <source>The file is not a readable backup.</source>
        <translation>该文件不是可读取的备份。</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>该备份已损坏。</translation>
    </message>
    <message>
        <source>The file is no database of this program.</source>
        <translation>该文件不是本程序的数据库。</translation>
    </message>
    <message>
        <source>The backup was made by a newer release of the program.</source>
        <translation>该备份由更新版本的程序制作。</translation>
    </message>
    <message>
        <source>The backup is of the other kind of database.</source>
        <translation>该备份属于另一种数据库。</translation>
    </message>
    <message>
        <source>pg_restore is not installed on this PC (the PostgreSQL client tools).</source>
        <translation>本机未安装 pg_restore（PostgreSQL 客户端工具）。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose a backup and check it before restoring it.</source>
        <translation>请选择一个备份，恢复前先检查它。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Check the chosen backup</source>
        <translation>检查所选备份</translation>
    </message>
    <message>
        <source>Check a backup file…</source>
        <translation>检查备份文件…</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>备份保存在 %1。</translation>
    </message>
    <message>
        <source>No second folder is set: ask IT to set one (a USB disk or another PC) in config.toml, [backup] folder.</source>
        <translation>尚未设置第二备份位置：请信息技术人员在 config.toml 的 [backup] folder 中设置（U 盘或另一台电脑）。</translation>
    </message>
    <message>
        <source>Each is copied to %1 too.</source>
        <translation>每个备份同时复制到 %1。</translation>
    </message>
    <message>
        <source>The last automatic backup failed: %1</source>
        <translation>上一次自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Not copied to the second folder: %1</source>
        <translation>未能复制到第二备份位置：%1</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>已复制到 %1。</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.dump)</source>
        <translation>备份文件 (*.sqlite3 *.dump)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The database is replaced by the backup %1. Everything saved after it was made is no longer in the database (the replaced database is kept, so nothing is deleted). Other PCs should stop working until it is done. Restore it?</source>
        <translation>数据库将被备份 %1 替换。该备份之后保存的所有内容将不在数据库中（被替换的数据库会保留，不会删除任何内容）。完成前其他电脑应暂停工作。确定恢复吗？</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <source>Restored from %1. The database it replaced is kept as %2. Close the program and start it again on every PC.</source>
        <translation>已从 %1 恢复。被替换的数据库保存为 %2。请在每台电脑上关闭程序后重新启动。</translation>
    </message>
    <message>
        <source>Schema %1; this program: %2.</source>
        <translation>数据结构版本 %1；本程序：%2。</translation>
    </message>
    <message>
        <source>It is upgraded after the restore.</source>
        <translation>恢复后将自动升级。</translation>
    </message>
    <message>
        <source>%1: intact (integrity check ok).</source>
        <translation>%1：完好（完整性检查通过）。</translation>
    </message>
    <message>
        <source>Rows (backup / now):</source>
        <translation>记录数（备份 / 现在）：</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Entered from the notice %1</source>
        <translation>已按通知录入 %1</translation>
    </message>
    <message>
        <source>Published (built into the program)</source>
        <translation>已公布（程序内置）</translation>
    </message>
    <message>
        <source>NOT PUBLISHED: deadlines in this year are guessed and marked provisional</source>
        <translation>尚未公布：本年期限按推测计算，标注“暂定”</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Line %line cannot be read: “%text”. Write e.g. 2027-02-06..2027-02-12 休 春节.</source>
        <translation>第 %line 行无法识别：“%text”。请按“2027-02-06..2027-02-12 休 春节”的格式填写。</translation>
    </message>
    <message>
        <source>The year must lie between 2000 and 2100.</source>
        <translation>年度须在2000年至2100年之间。</translation>
    </message>
    <message>
        <source>Every day of the schedule must lie in one year (%day).</source>
        <translation>安排中的日期须在同一年内（%day）。</translation>
    </message>
    <message>
        <source>%day is listed twice.</source>
        <translation>%day 重复列出。</translation>
    </message>
    <message>
        <source>The schedule is for %found, but the year chosen is %year: choose that year first.</source>
        <translation>这份安排是 %found 年的，而选中的是 %year 年：请先在左侧选中该年。</translation>
    </message>
    <message>
        <source>国办发明电〔2026〕…号</source>
        <translation>国办发明电〔2026〕…号</translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation>从文件读取…</translation>
    </message>
    <message>
        <source>Save the year's schedule</source>
        <translation>保存本年安排</translation>
    </message>
    <message>
        <source>One line a day or a range, as the State Council's notice lists them: the date (or first..last), 休 for a rest day or 班 for a make-up workday, then the name. Saving replaces the whole year.</source>
        <translation>按国务院办公厅通知逐行填写，每行一天或一段：日期（或 起..止）、“休”（休息日）或“班”（调休上班）、名称。保存后替换该年的全部安排。</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>通知文号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1年：%2</translation>
    </message>
    <message>
        <source>The year's schedule</source>
        <translation>本年节假日安排</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved: %1 rest days, %2 make-up workdays.</source>
        <translation>已保存：休息日 %1 天，调休上班 %2 天。</translation>
    </message>
</context>
<context>
    <name>ListDialogs</name>
    <message>
        <source>People in this group now: %1.</source>
        <translation>目前在册人数：%1。</translation>
    </message>
    <message>
        <source>Inactive: nobody new can be put in this group. Its current members (%1) keep their membership and follow-ups.</source>
        <translation>停用：不能再将人员列入此类别。现有人员（%1 人）保留其列管和随访。</translation>
    </message>
    <message>
        <source>Key group: %1</source>
        <translation>重点人群：%1</translation>
    </message>
    <message>
        <source>New key group</source>
        <translation>新增重点人群类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation>随访周期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Members have a risk level (0-5) that sets their follow-ups</source>
        <translation>人员有风险等级（0-5 级），按等级确定随访</translation>
    </message>
    <message>
        <source>With a risk level the psychiatric-care rules apply: level 0 every 3 months, 1-2 at two weeks then 1 or 3 months, 3-5 within two weeks. Without one, the interval above.</source>
        <translation>有风险等级时按严重精神障碍患者随访规则：0 级每 3 个月，1-2 级两周内随访、此后 1 个月或 3 个月，3-5 级两周内随访。无风险等级时按上面的周期。</translation>
    </message>
    <message>
        <source>Active: new people can be put in this group</source>
        <translation>启用：可将新人员列入此类别</translation>
    </message>
    <message>
        <source>Inactive: nobody new can be put in this group.</source>
        <translation>停用：不能再将人员列入此类别。</translation>
    </message>
    <message>
        <source>Rename: %1</source>
        <translation>改名：%1</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>新增条目：%1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Records that use this entry show the new text too.</source>
        <translation>使用此条目的记录也将显示新的文字。</translation>
    </message>
</context>
<context>
    <name>ListsErrors</name>
    <message>
        <source>This name is already in the list.</source>
        <translation>列表中已有此名称。</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Follow up every %1 to %2 days.</source>
        <translation>随访周期为 %1 至 %2 天。</translation>
    </message>
    <message>
        <source>%1 current members have a risk level: it stays on until their memberships have ended.</source>
        <translation>现有 %1 名人员有风险等级：在其列管结束前不能取消风险等级。</translation>
    </message>
    <message>
        <source>This list is not edited here.</source>
        <translation>此列表不在这里编辑。</translation>
    </message>
    <message>
        <source>At least one entry of the list stays active.</source>
        <translation>列表中至少要保留一个启用的条目。</translation>
    </message>
    <message>
        <source>The position is a number from 0 up.</source>
        <translation>位置须为 0 及以上的数字。</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Visit purposes</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Dispute types</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Outside bodies (referrals)</source>
        <translation>移交单位</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点人群类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation>随访周期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>在册人数</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>代码表</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Key groups are sensitive: only the community police officer, the director and each member's worker see who is in them. A group is deactivated, not deleted: its members stay.</source>
        <translation>重点人群信息敏感：只有社区民警、中心主任和各人员的责任人能看到名单。类别只能停用，不能删除：其人员保留。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The forms offer the active entries in this order. A deactivated entry stays in the records that use it.</source>
        <translation>表单按此顺序提供启用的条目。停用的条目仍保留在已使用它的记录中。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>%1 entries, %2 active</source>
        <translation>共 %1 条，启用 %2 条</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已新增：%1</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>已改名：%1</translation>
    </message>
    <message>
        <source>Activated: %1</source>
        <translation>已启用：%1</translation>
    </message>
    <message>
        <source>Deactivated: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <source>Grid report kinds</source>
        <translation>网格上报类别</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志愿者队伍</translation>
    </message>
    <message>
        <source>Volunteer skills and certificates</source>
        <translation>志愿者技能与证书</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This PC only (embedded database file)</source>
        <translation>仅本机使用（内置数据库文件）</translation>
    </message>
    <message>
        <source>Shared by several room PCs (PostgreSQL server)</source>
        <translation>多台电脑共用（PostgreSQL 服务器）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected. The database is empty; it will be set up at the next start.</source>
        <translation>连接成功。数据库为空，下次启动时将进行初始设置。</translation>
    </message>
    <message>
        <source>Connected. The database will be upgraded (after a backup) at the next start.</source>
        <translation>连接成功。下次启动时将先备份再升级数据库。</translation>
    </message>
    <message>
        <source>Connected. The database is ready.</source>
        <translation>连接成功，数据库可以使用。</translation>
    </message>
    <message>
        <source>Saved. Restart the program to use the new settings.</source>
        <translation>已保存。重新启动程序后生效。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>程序更新</translation>
    </message>
    <message>
        <source>Folder on the intranet with latest.json, set by IT</source>
        <translation>内网上存放 latest.json 的文件夹，由 IT 人员设置</translation>
    </message>
    <message>
        <source>Install the update</source>
        <translation>安装更新</translation>
    </message>
    <message>
        <source>Update folder</source>
        <translation>更新文件夹</translation>
    </message>
    <message>
        <source>No update folder is set: this PC is not offered updates.</source>
        <translation>未设置更新文件夹：本机不会收到更新提示。</translation>
    </message>
    <message>
        <source>Looking for updates…</source>
        <translation>正在检查更新…</translation>
    </message>
    <message>
        <source>The update folder has nothing for this kind of PC.</source>
        <translation>更新文件夹里没有适用于本机系统的安装包。</translation>
    </message>
    <message>
        <source>Up to date: version %1.</source>
        <translation>已是最新版本：%1。</translation>
    </message>
    <message>
        <source>Version %1 can be installed (this PC has %2).</source>
        <translation>可以安装新版本 %1（本机当前版本 %2）。</translation>
    </message>
    <message>
        <source>Copying the installer and checking it…</source>
        <translation>正在复制安装包并校验…</translation>
    </message>
    <message>
        <source>The installer checked out and has started. Close the program when it asks; your data stays where it is.</source>
        <translation>安装包校验通过，已开始安装。安装程序提示时请关闭本程序；数据保持原处不动。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>密码（至少 8 位）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号列表</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1 (too many wrong passwords)</source>
        <translation>已锁定至%1（密码错误次数过多）</translation>
    </message>
    <message>
        <source>Temporary password: a new one at the next login</source>
        <translation>临时密码：下次登录时须改为本人密码</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Reset password: %1</source>
        <translation>重置密码：%1</translation>
    </message>
    <message>
        <source>Give the user this temporary password; at the next login they must choose their own. The account is unlocked too.</source>
        <translation>请将此临时密码告知本人；下次登录时须改为本人密码。账号同时解除锁定。</translation>
    </message>
    <message>
        <source>Temporary password (8 or more)</source>
        <translation>临时密码（至少8位）</translation>
    </message>
    <message>
        <source>The chosen account</source>
        <translation>选中的账号</translation>
    </message>
    <message>
        <source>Temporary password…</source>
        <translation>设置临时密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
</context>
</TS>
