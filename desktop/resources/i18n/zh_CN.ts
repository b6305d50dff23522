<?xml version='1.0' encoding='utf-8'?>
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
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Signs and wall charts</source>
        <translation>标识标牌与上墙制度</translation>
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
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>Wrong user name or password. %1 tries left before the account is locked.</source>
        <translation>用户名或密码错误。再错 %1 次账号将被锁定。</translation>
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
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
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
    <name>SignagePage</name>
    <message>
        <source>Centre plate</source>
        <translation>中心牌匾</translation>
    </message>
    <message>
        <source>Door plates</source>
        <translation>科室门牌</translation>
    </message>
    <message>
        <source>Duties chart</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <source>Rules chart</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>Staff chart</source>
        <translation>人员公示</translation>
    </message>
    <message>
        <source>Reception notice</source>
        <translation>信访接待公示</translation>
    </message>
    <message>
        <source>Print or save…</source>
        <translation>打印或保存…</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>竖向</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字色</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>底色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>边框</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加科室</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>删除科室</translation>
    </message>
    <message>
        <source>Show the centre's name</source>
        <translation>显示中心名称</translation>
    </message>
    <message>
        <source>Wall chart</source>
        <translation>上墙制度</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reception hours</source>
        <translation>接待时间</translation>
    </message>
    <message>
        <source>Reception place</source>
        <translation>接待地点</translation>
    </message>
    <message>
        <source>Online channels</source>
        <translation>网上渠道</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>How to ask about progress</source>
        <translation>查询办理进度的方式</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Real size</source>
        <translation>实际尺寸</translation>
    </message>
    <message>
        <source>Tiled on A4</source>
        <translation>分块打印到 A4</translation>
    </message>
    <message>
        <source>Tiled on A3</source>
        <translation>分块打印到 A3</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>拼接重叠</translation>
    </message>
    <message>
        <source>Bundled font</source>
        <translation>内置字体</translation>
    </message>
    <message>
        <source>Choose font…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新科室</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
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
</context>
</TS>