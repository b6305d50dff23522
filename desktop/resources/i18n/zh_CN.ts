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
        <source>Choose your own password to sign in with this account.</source>
        <translation>须先设置本人密码，才能用此账号登录。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 is on a network share (%2). SQLite cannot lock a file over the network: when two PCs write it, the file is corrupted. Keep the database file on this PC's own disk, or let the room PCs share a PostgreSQL server (see the IT guide, docs/INSTALL.md).</source>
        <translation>数据库文件 %1 位于网络共享上（%2）。SQLite 无法通过网络给文件加锁：两台电脑同时写入时文件会损坏。请把数据库文件放在本机自己的硬盘上；多台功能室电脑共用数据时，请使用 PostgreSQL 服务器（见 IT 安装指南 docs/INSTALL.md）。</translation>
    </message>
    <message>
        <source>No database server answers at %1, port %2. Check that PostgreSQL is running on that computer, that it listens on the network (listen_addresses) and that its firewall lets port %2 in.</source>
        <translation>无法连接：%1 的端口 %2 上没有数据库服务器应答。请检查那台电脑上的 PostgreSQL 是否在运行、是否监听网络（listen_addresses），以及防火墙是否放行端口 %2。</translation>
    </message>
    <message>
        <source>No computer called “%1” is known on the network. Check the server name, or use its IP address.</source>
        <translation>无法连接：网络上找不到名为“%1”的计算机。请检查服务器名称，或改用它的 IP 地址。</translation>
    </message>
    <message>
        <source>The database server %1 did not answer in time. Check the network cable and the firewall.</source>
        <translation>无法连接：数据库服务器 %1 没有及时应答。请检查网线和防火墙。</translation>
    </message>
    <message>
        <source>The server refused user “%1”: the password is wrong, or there is no such user. Check both with IT.</source>
        <translation>无法连接：服务器拒绝了用户“%1”——密码错误，或者没有这个用户。请与 IT 人员核对用户名和密码。</translation>
    </message>
    <message>
        <source>The server %1 does not let this PC in as user “%2”. On the server, IT adds this PC's network to pg_hba.conf (see the IT guide).</source>
        <translation>无法连接：服务器 %1 不允许本机以用户“%2”登录。请 IT 人员在服务器的 pg_hba.conf 中加入本机所在的网段（见 IT 安装指南）。</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2. Check the name, or create the database first (see the IT guide).</source>
        <translation>无法连接：服务器 %2 上没有名为“%1”的数据库。请检查名称，或先创建数据库（见 IT 安装指南）。</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; this program needs PostgreSQL %2 or later. Upgrade PostgreSQL on the server.</source>
        <translation>服务器的 PostgreSQL 版本是 %1，本程序需要 %2 或更新的版本。请升级服务器上的 PostgreSQL。</translation>
    </message>
    <message>
        <source>The database was written by a newer release of the program (schema %1). Install that release on this PC; this one must not change the database.</source>
        <translation>这个数据库是由更新版本的综治工作台写入的（结构版本 %1）。请在本机安装该新版本；当前版本不能修改这个数据库。</translation>
    </message>
    <message>
        <source>The shared database must be upgraded, but pg_dump is not installed on this PC to back it up first. IT backs up the server and upgrades it from the command line (see the IT guide).</source>
        <translation>共享数据库需要升级，但本机没有安装 pg_dump，无法先备份。请 IT 人员备份服务器后，用命令行完成升级（见 IT 安装指南）。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
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
    <name>Deadlines</name>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>The holidays of this year are not published yet: the deadline is counted on a guessed calendar and may move. The administrator enters the State Council's schedule on the Working calendar page.</source>
        <translation>该年节假日安排尚未公布：期限按推测的日历计算，可能变动。请系统管理员在“工作日历”页录入国务院公布的安排。</translation>
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
        <source>Choose a password different from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>两次输入的新密码不一致，请输入同一个密码。</translation>
    </message>
    <message>
        <source>Not on your own account: another administrator must do this, so the system keeps one.</source>
        <translation>不能对自己的账号执行此操作：须由另一名管理员办理，以免系统没有可用的管理员。</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>导入无误的行</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存校验报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>文件前几行：</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>不能导入的行：</translation>
    </message>
    <message>
        <source>Excel roster</source>
        <translation>Excel 花名册</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 can be imported, %3 have problems.</source>
        <translation>读取 %1 行：可导入 %2 行，有问题 %3 行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: row %1: %2</source>
        <translation>没有导入任何数据：第 %1 行：%2</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存校验报告</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>校验报告已保存：%1</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>导入模板已保存：%1</translation>
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
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The administrator reset your password. Choose your own before you go on (8 or more characters).</source>
        <translation>管理员已重置您的密码。请先设置本人密码（至少8位）再继续。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
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
<context>
    <name>Updates</name>
    <message>
        <source>The update folder cannot be read (%1). Check that the share is reachable from this PC.</source>
        <translation>无法读取更新文件夹（%1）。请检查本机能否访问该共享文件夹。</translation>
    </message>
    <message>
        <source>The update folder's latest.json is not valid (%1): ask IT to publish the update again.</source>
        <translation>更新文件夹中的 latest.json 无效（%1）：请 IT 人员重新发布更新。</translation>
    </message>
    <message>
        <source>The installer named in latest.json is missing or unreadable: %1</source>
        <translation>latest.json 中指定的安装包不存在或无法读取：%1</translation>
    </message>
    <message>
        <source>The installer %1 is not the one IT published (its SHA-256 differs): it was not run. It may be damaged or half-copied; tell IT.</source>
        <translation>安装包 %1 与 IT 发布的不一致（SHA-256 校验值不同），已拒绝运行。文件可能损坏或未复制完整，请告知 IT 人员。</translation>
    </message>
</context>
</TS>
