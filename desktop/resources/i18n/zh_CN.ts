<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The program met an unexpected error. Nothing half-done was saved.

%1

Details are in the log file:
%2</source>
        <translation>程序遇到意外错误，未完成的操作没有保存。

%1

详细信息已写入日志文件：
%2</translation>
    </message>
    <message>
        <source>Opening the demo database (the first time it is created: about half a minute)…</source>
        <translation>正在打开演示数据库（首次使用时需要生成，约半分钟）…</translation>
    </message>
    <message>
        <source>First start: set up the community.</source>
        <translation>首次启动：请先设置社区信息。</translation>
    </message>
    <message>
        <source>%1 — DEMO DATABASE</source>
        <translation>%1 — 演示数据库</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another PC</source>
        <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
        <source>Someone saved a change to this record on another PC after you opened this form, so your change was not saved: it would have overwritten theirs.</source>
        <translation>您打开此表单后，有人在另一台电脑上保存了对这条记录的修改，所以您的修改没有保存：否则会覆盖对方的修改。</translation>
    </message>
    <message>
        <source>Reload: this form closes and the page shows the record as it is now; open it again to make your change.
Back to my input: the form stays open, so you can copy what you typed first.</source>
        <translation>重新载入：关闭此表单，页面显示这条记录现在的内容；再打开表单重新修改。
返回我的输入：表单保持打开，您可以先复制已输入的内容。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Back to my input</source>
        <translation>返回我的输入</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>This form has unsaved input from %1: the program closed before it was saved. Restore it?</source>
        <translation>此表单有 %1 未保存的输入：程序在保存前关闭了。要恢复吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>操作未完成：%1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation>该名称已被使用。</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>This database has already been set up.</source>
        <translation>此数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>密码错误次数过多，账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reload it and try again.</source>
        <translation>该记录已被他人修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Not printed: the character 「%1」 (%2) in “%3” is in none of the fonts, so it would print as a blank. Check how it is entered, or write it by hand on a blank form.</source>
        <translation>未打印：“%3”中的字符「%1」（%2）不在任何字体中，打印出来会是空白。请核对录入的文字，或在空白表格上手写。</translation>
    </message>
    <message>
        <source>Write the date as 2025-11-20 (or 20251120).</source>
        <translation>请按 2025-11-20（或 20251120）的格式填写日期。</translation>
    </message>
    <message>
        <source>Write the date and time as 2025-11-20 14:30.</source>
        <translation>请按 2025-11-20 14:30 的格式填写日期和时间。</translation>
    </message>
    <message>
        <source>The disk of the database is full, so nothing was saved. What you typed is still in the form (and kept as a draft). Ask IT to free some space, then save again.</source>
        <translation>数据库所在磁盘已满，没有保存任何内容。您输入的内容仍在表单中（并已存为草稿）。请联系信息技术人员腾出空间后再保存。</translation>
    </message>
    <message>
        <source>Another program is holding the database file (a backup or copy tool, an antivirus scan, or this program opened twice), so nothing was saved. What you typed is still in the form. Close that program or wait a moment, then try again.</source>
        <translation>另一个程序正占用数据库文件（备份或复制工具、杀毒扫描，或本程序打开了两次），没有保存任何内容。您输入的内容仍在表单中。请关闭该程序或稍等片刻后重试。</translation>
    </message>
    <message>
        <source>The database file may not be written (a read-only folder or disk), so nothing was saved. What you typed is still in the form. Ask IT.</source>
        <translation>数据库文件不能写入（文件夹或磁盘为只读），没有保存任何内容。您输入的内容仍在表单中。请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. What you typed is still in the form. Ask IT to check the disk.</source>
        <translation>磁盘无法读写，没有保存任何内容。您输入的内容仍在表单中。请联系信息技术人员检查磁盘。</translation>
    </message>
    <message>
        <source>The database server cannot be reached (the network, or the server is restarting), so nothing was saved. What you typed is still in the form. The program reconnects by itself: try again in a moment.</source>
        <translation>无法连接数据库服务器（网络故障，或服务器正在重启），没有保存任何内容。您输入的内容仍在表单中。程序会自动重新连接：请稍后再试。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a quiet spell. %1, enter your password to go on.</source>
        <translation>长时间未操作，窗口已锁定。%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Zongzhi Desk — Sign in</source>
        <translation>综治工作台 — 登录</translation>
    </message>
    <message>
        <source>Zongzhi Desk</source>
        <translation>综治工作台</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Zongzhi Desk</source>
        <translation>%1 — 综治工作台</translation>
    </message>
    <message>
        <source>[DEMO DATABASE] </source>
        <translation>【演示数据库】</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>%1，您好。</translation>
    </message>
    <message>
        <source>Welcome, %1. The rooms of your role are being built and will appear here.</source>
        <translation>%1，您好。您所在岗位的功能模块正在建设中，完成后将显示在这里。</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Opened in the system viewer.</source>
        <translation>已用系统程序打开。</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Zongzhi Desk — first start</source>
        <translation>综治工作台 — 首次启动</translation>
    </message>
    <message>
        <source>Your community</source>
        <translation>社区信息</translation>
    </message>
    <message>
        <source>These names appear on every form and sign the centre prints.</source>
        <translation>这些名称将出现在中心打印的所有表单和标牌上。</translation>
    </message>
    <message>
        <source>Community (e.g. 华侨路社区)</source>
        <translation>社区名称（如 华侨路社区）</translation>
    </message>
    <message>
        <source>Street (街道)</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <source>District (区)</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>City (市)</source>
        <translation>所属市</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The administrator creates the accounts of the centre's staff.</source>
        <translation>系统管理员负责为中心工作人员创建账号。</translation>
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
        <source>Password (8 or more characters)</source>
        <translation>密码（至少 8 位）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
