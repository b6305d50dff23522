<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept the petition</source>
        <translation>受理信访事项</translation>
    </message>
    <message>
        <source>The written notice of acceptance (受理告知书) is printed next; 60 days of handling start.</source>
        <translation>接下来打印受理告知书；60日办理期限开始计算。</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement reached</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <source>Written agreement (协议书)</source>
        <translation>书面协议（协议书）</translation>
    </message>
    <message>
        <source>Oral agreement (art. 28)</source>
        <translation>口头协议（第二十八条）</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>How, where and by when each term is performed</source>
        <translation>履行方式、地点、时限</translation>
    </message>
    <message>
        <source>Signed / agreed on</source>
        <translation>签订（达成）日期</translation>
    </message>
    <message>
        <source>The agreement prints %1 copies: one for each party and one for the committee.</source>
        <translation>协议书一式%1份：当事人各执一份，人民调解委员会留存一份。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer: the decision</source>
        <translation>答复：处理意见</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Facts found and reasons</source>
        <translation>认定事实及理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
</context>
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
    <message>
        <source>Petitions</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>群众接待室</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>矛盾纠纷调处室</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>实有人口</translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待随访</translation>
    </message>
    <message>
        <source>Key groups and lists</source>
        <translation>重点人群与代码表</translation>
    </message>
    <message>
        <source>Monitoring room</source>
        <translation>视频监控室</translation>
    </message>
    <message>
        <source>Live wall</source>
        <translation>监控墙</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Camera register</source>
        <translation>摄像机台账</translation>
    </message>
    <message>
        <source>Footage requests</source>
        <translation>调阅登记</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a mediator</source>
        <translation>指派人民调解员</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Add a photo or scan</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>调解场次</translation>
    </message>
    <message>
        <source>(not a session&apos;s)</source>
        <translation>（不属于某次调解）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose a photo or scan</source>
        <translation>选择照片或扫描件</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>图片和PDF (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
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
    <message>
        <source>Viewed sensitive data</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
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
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Change a camera</source>
        <translation>修改摄像机</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>登记摄像机</translation>
    </message>
    <message>
        <source>Number / name</source>
        <translation>编号 / 名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <source>Vendor / type</source>
        <translation>厂商 / 类型</translation>
    </message>
    <message>
        <source>Address / RTSP port / channel</source>
        <translation>地址 / RTSP端口 / 通道</translation>
    </message>
    <message>
        <source>NVR it records to</source>
        <translation>所属录像机（NVR）</translation>
    </message>
    <message>
        <source>e.g. NVR-1, machine room</source>
        <translation>如：NVR-1 机房</translation>
    </message>
    <message>
        <source>Main stream address</source>
        <translation>主码流地址</translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s; e.g. rtsp://{host}:{port}/live/ch{channel}</source>
        <translation>留空：按厂商默认；如 rtsp://{host}:{port}/live/ch{channel}</translation>
    </message>
    <message>
        <source>Substream address</source>
        <translation>子码流地址</translation>
    </message>
    <message>
        <source>Empty: the vendor&apos;s</source>
        <translation>留空：按厂商默认</translation>
    </message>
    <message>
        <source>User / password</source>
        <translation>用户名 / 密码</translation>
    </message>
    <message>
        <source>Set (%1): type to replace</source>
        <translation>已设置（%1）：输入即替换</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Group / maintainer</source>
        <translation>分组 / 维保单位</translation>
    </message>
    <message>
        <source>Footage kept (days, at least 30)</source>
        <translation>录像存储天数（不少于30天）</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未启用</translation>
    </message>
    <message>
        <source>Filed (备案) on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PTZ (pan/tilt/zoom)</source>
        <translation>带云台（PTZ）</translation>
    </message>
</context>
<context>
    <name>CameraTile</name>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>画面停滞</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Auth failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Password not readable on this PC</source>
        <translation>本机无法读取密码</translation>
    </message>
    <message>
        <source>No stream address</source>
        <translation>无视频地址</translation>
    </message>
    <message>
        <source>retry in %1 s</source>
        <translation>%1秒后重连</translation>
    </message>
</context>
<context>
    <name>CarryOutDialog</name>
    <message>
        <source>Carry out %1</source>
        <translation>执行调阅 %1</translation>
    </message>
    <message>
        <source>Carried out by %1 and:</source>
        <translation>执行人：%1，以及：</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>第二经办人</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>← Queue</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <source>Police informed…</source>
        <translation>已报告公安…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Add party…</source>
        <translation>增加当事人…</translation>
    </message>
    <message>
        <source>Change party…</source>
        <translation>修改当事人…</translation>
    </message>
    <message>
        <source>Add photo or scan…</source>
        <translation>添加照片或扫描件…</translation>
    </message>
    <message>
        <source>Parties agree…</source>
        <translation>当事人同意调解…</translation>
    </message>
    <message>
        <source>Party refuses…</source>
        <translation>当事人拒绝调解…</translation>
    </message>
    <message>
        <source>Assign mediator…</source>
        <translation>指派调解员…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Receiver signed…</source>
        <translation>接收单位已签收…</translation>
    </message>
    <message>
        <source>Receiver returned it…</source>
        <translation>接收单位退回…</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>记录调解…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>达成协议…</translation>
    </message>
    <message>
        <source>Mediation failed…</source>
        <translation>调解不成…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <source>Extend deadline…</source>
        <translation>延长期限…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Judicial confirmation applied…</source>
        <translation>已申请司法确认…</translation>
    </message>
    <message>
        <source>Close and archive</source>
        <translation>结案归档</translation>
    </message>
    <message>
        <source>Dossier (PDF)</source>
        <translation>卷宗（PDF）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>The case&apos;s story</source>
        <translation>案件经过</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>已超期（期限 %1）</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <source>Mediator: %1</source>
        <translation>调解员：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>This dispute may become a public-order or criminal case: tell the police now (art. 25).</source>
        <translation>该纠纷可能引起治安案件、刑事案件，请立即报告公安机关（人民调解法第二十五条）。</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3 — the director decides where it belongs.</source>
        <translation>%1于%2退回：%3——请中心主任重新确定调处单位。</translation>
    </message>
    <message>
        <source>Sent to %1 on %2, waiting for it to sign.</source>
        <translation>已于%2移交%1，等待签收。</translation>
    </message>
    <message>
        <source>Only one side is registered: add the other party before mediation.</source>
        <translation>只登记了一方当事人：调解前请增加另一方当事人。</translation>
    </message>
    <message>
        <source>Mediation starts only when the parties agree to it (art. 17).</source>
        <translation>当事人同意后方可调解（第十七条）。</translation>
    </message>
    <message>
        <source>Judicial confirmation: the parties may apply together until %1.</source>
        <translation>司法确认：双方当事人可在%1前共同申请。</translation>
    </message>
    <message>
        <source>Return visit due %1.</source>
        <translation>应于%1回访。</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>涉及 %1 人</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>纠纷事实：%1</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>申请事项：%1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>当事人意愿：%1</translation>
    </message>
    <message>
        <source>Remedies told: %1</source>
        <translation>已告知救济途径：%1</translation>
    </message>
    <message>
        <source>Extended on %1 with the parties&apos; consent: %2</source>
        <translation>%1经当事人同意延长期限：%2</translation>
    </message>
    <message>
        <source>written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Agreement %1 (%2), in effect from %3.</source>
        <translation>调解协议 %1（%2），自%3起生效。</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for on %1.</source>
        <translation>已于%1申请司法确认。</translation>
    </message>
    <message>
        <source>The time to apply for judicial confirmation ended on %1.</source>
        <translation>申请司法确认的期限已于%1届满。</translation>
    </message>
    <message>
        <source>Judicial confirmation possible until %1 (reminder from %2).</source>
        <translation>可在%1前申请司法确认（%2起提醒）。</translation>
    </message>
    <message>
        <source>Application for mediation</source>
        <translation>人民调解申请书</translation>
    </message>
    <message>
        <source>Acceptance register</source>
        <translation>人民调解受理登记表</translation>
    </message>
    <message>
        <source>Notice of rights and duties</source>
        <translation>当事人权利义务告知书</translation>
    </message>
    <message>
        <source>Mediation record %1 (%2)</source>
        <translation>人民调解记录 %1（%2）</translation>
    </message>
    <message>
        <source>Agreement %1 (%2 copies)</source>
        <translation>人民调解协议书 %1（一式%2份）</translation>
    </message>
    <message>
        <source>Return visit of %1</source>
        <translation>%1 回访记录</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>%1 卷宗</translation>
    </message>
    <message>
        <source>Remove party…</source>
        <translation>删除当事人…</translation>
    </message>
    <message>
        <source>Correct record…</source>
        <translation>更正记录…</translation>
    </message>
    <message>
        <source>Void record…</source>
        <translation>作废记录…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Another return visit…</source>
        <translation>再次回访…</translation>
    </message>
    <message>
        <source>Mediation records</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Choose a party in the list first.</source>
        <translation>请先在列表中选择当事人。</translation>
    </message>
    <message>
        <source>Choose a mediation record in the list first.</source>
        <translation>请先在列表中选择调解记录。</translation>
    </message>
    <message>
        <source>Choose a file in the list first.</source>
        <translation>请先在列表中选择文件。</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It is saved as %1.</source>
        <translation>本机没有能打开此类文件的程序。文件已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due / closed</source>
        <translation>期限 / 结案日期</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Tell the police</source>
        <translation>须报告公安</translation>
    </message>
    <message>
        <source>Returned ×%1</source>
        <translation>被退回 %1 次</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Consent pending</source>
        <translation>待当事人同意</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>ID number, phone or name (Enter takes the first match)</source>
        <translation>身份证号、电话或姓名（回车选第一条）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Address or employer</source>
        <translation>住址或工作单位</translation>
    </message>
    <message>
        <source>Lives here: add to the residents register</source>
        <translation>本辖区居民：加入实有人口库</translation>
    </message>
    <message>
        <source>Group visit: up to 5 representatives, separated by 、</source>
        <translation>集体访：最多 5 名代表，以“、”分隔</translation>
    </message>
    <message>
        <source>Whom they came for</source>
        <translation>要找的人或部门</translation>
    </message>
    <message>
        <source>What they ask for (may be completed later)</source>
        <translation>来访诉求（可稍后补充）</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Follow-up, notes</source>
        <translation>后续跟进、备注</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation>登记来访（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>New visitor (Esc)</source>
        <translation>新访客（Esc）</translation>
    </message>
    <message>
        <source>Find a returning visitor</source>
        <translation>查找老访客</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Came for</source>
        <translation>来访对象</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>, last visit %1</source>
        <translation>，上次来访 %1</translation>
    </message>
    <message>
        <source> (moved out)</source>
        <translation> （已迁出）</translation>
    </message>
    <message>
        <source>Not found: a new visitor. Type the details below.</source>
        <translation>未找到：新访客，请在下方填写信息。</translation>
    </message>
    <message>
        <source>Returning visitor: %1 (%2%3)</source>
        <translation>老访客：%1（%2%3）</translation>
    </message>
    <message>
        <source>Card read: a new visitor.</source>
        <translation>已读卡：新访客。</translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source> (group of %1)</source>
        <translation> （集体访，%1 人）</translation>
    </message>
    <message>
        <source>Checked in: %1 at %2%3</source>
        <translation>已登记：%1，%2%3</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the petition</source>
        <translation>办结信访事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>e.g. the petitioner is satisfied</source>
        <translation>例如：信访人表示满意</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Judicial confirmation applied for</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>The parties may apply together until %1 (30 days from %2).</source>
        <translation>双方当事人可在%1前共同申请（自%2起三十日内）。</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The parties agree to mediation</source>
        <translation>当事人同意调解</translation>
    </message>
    <message>
        <source>A party refuses mediation</source>
        <translation>当事人拒绝调解</translation>
    </message>
    <message>
        <source>Note (how the consent was given)</source>
        <translation>说明（如何表示同意）</translation>
    </message>
    <message>
        <source>Who refused, and why</source>
        <translation>拒绝调解的当事人及理由</translation>
    </message>
    <message>
        <source>Remedies explained (art. 26)</source>
        <translation>已告知的救济途径（第二十六条）</translation>
    </message>
    <message>
        <source>The case will be closed: mediation may not proceed (art. 17).</source>
        <translation>案件将结案：当事人明确拒绝的，不得调解（第十七条）。</translation>
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
    <name>DecisionDialog</name>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Refuse %1</source>
        <translation>不予批准 %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>意见（可不填）</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>不予批准的理由</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予批准</translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <source>Find devices</source>
        <translation>搜索设备</translation>
    </message>
    <message>
        <source>Also ask these addresses directly, e.g. 10.0.3.21, 10.0.3.22</source>
        <translation>另向这些地址直接询问，如 10.0.3.21, 10.0.3.22</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>User / password (to read its stream addresses)</source>
        <translation>用户名 / 密码（用于读取视频地址）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 devices answered.</source>
        <translation>%1 台设备应答。</translation>
    </message>
    <message>
        <source>Reading the stream addresses…</source>
        <translation>正在读取视频地址…</translation>
    </message>
    <message>
        <source>The device did not give its addresses: %1</source>
        <translation>设备未返回视频地址：%1</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>值班员</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Confirm the handover</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <source>Matter dealt with</source>
        <translation>事项办结</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>打印当日记录</translation>
    </message>
    <message>
        <source>Print last handover</source>
        <translation>打印最近交接班</translation>
    </message>
    <message>
        <source>%1 handed the shift over to you at %2: %3 offline, %4 open matters.</source>
        <translation>%1于%2向您交班：离线%3路，未结事项%4项。</translation>
    </message>
    <message>
        <source>Online rate: %1</source>
        <translation>在线率：%1</translation>
    </message>
    <message>
        <source>no checks yet</source>
        <translation>尚无巡检</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit the case</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>May become a public-order or criminal case: tell the police now (art. 25)</source>
        <translation>可能引起治安案件、刑事案件：立即报告公安机关（第二十五条）</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Terminate mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Remedies explained (art. 26)</source>
        <translation>已告知的救济途径（第二十六条）</translation>
    </message>
</context>
<context>
    <name>EndingDialogs</name>
    <message>
        <source>Moved out: %1</source>
        <translation>迁出：%1</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Where to, or why</source>
        <translation>迁往何处或原因</translation>
    </message>
    <message>
        <source>The record and its history are kept.</source>
        <translation>该人员的记录和历史将保留。</translation>
    </message>
    <message>
        <source>End key-group membership</source>
        <translation>解除重点人群管理</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Reason (e.g. correction completed)</source>
        <translation>原因（如矫正期满）</translation>
    </message>
    <message>
        <source>Remove from household: %1</source>
        <translation>离户：%1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，%2 起</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离户日期</translation>
    </message>
    <message>
        <source>Reason (e.g. moved to another household)</source>
        <translation>原因（如分户另立）</translation>
    </message>
    <message>
        <source>The membership stays in the history with this date.</source>
        <translation>该成员记录保留，并注明离户日期。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Duty log entry</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Still open: the next shift takes it over</source>
        <translation>尚未办结：由下一班接手</translation>
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
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Review asked for</source>
        <translation>已申请复查</translation>
    </message>
    <message>
        <source>Re-examination asked for</source>
        <translation>已申请复核</translation>
    </message>
    <message>
        <source>Asked of (the higher body)</source>
        <translation>受理机关（上一级机关）</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the handling period</source>
        <translation>延长办理期限</translation>
    </message>
    <message>
        <source>The handling period ends %1.</source>
        <translation>办理期限至 %1 届满。</translation>
    </message>
    <message>
        <source>Days (at most 30)</source>
        <translation>延长天数（最多 30 日）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Petitioner told how</source>
        <translation>告知信访人方式</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>现期限：%1</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <source>The parties consented to the extension</source>
        <translation>当事人同意延长</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Copy for %1</source>
        <translation>复制录像 %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Fetch the window from the NVR into a folder</source>
        <translation>从录像机调取该时段到文件夹</translation>
    </message>
    <message>
        <source>A file copied otherwise</source>
        <translation>已另行复制的文件</translation>
    </message>
    <message>
        <source>Folder or file</source>
        <translation>文件夹或文件</translation>
    </message>
    <message>
        <source>Where the copy goes</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>e.g. 移交华侨路派出所张伟（U盘）</source>
        <translation>如：移交华侨路派出所张伟（U盘）</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: %1, %2</source>
        <translation>随访：%1（%2）</translation>
    </message>
    <message>
        <source>Condition stable</source>
        <translation>病情稳定</translation>
    </message>
    <message>
        <source>Leave empty: computed from the rules</source>
        <translation>留空则按规则自动计算</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>随访内容</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Risk level (0-5)</source>
        <translation>风险等级（0-5级）</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次随访</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>All workers</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应随访日期</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>逾期（天）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待随访</translation>
    </message>
    <message>
        <source>%1 due, %2 overdue</source>
        <translation>待随访 %1 人，其中逾期 %2 人</translation>
    </message>
</context>
<context>
    <name>FootagePage</name>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已调阅</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>调阅人</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>录像时段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number, organisation or name</source>
        <translation>编号、单位或姓名</translation>
    </message>
    <message>
        <source>Every request</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Copy / export</source>
        <translation>复制 / 导出</translation>
    </message>
    <message>
        <source>Print approval form</source>
        <translation>打印审批表</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>打印登记簿</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>校验登记簿</translation>
    </message>
    <message>
        <source>Requester: %1 %2 (%3)</source>
        <translation>调阅人：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Basis: %1; %2</source>
        <translation>依据：%1；%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>事由：%1</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>点位：%1</translation>
    </message>
    <message>
        <source>Window: %1 to %2</source>
        <translation>时段：%1 至 %2</translation>
    </message>
    <message>
        <source>Dispute case: %1</source>
        <translation>关联纠纷：%1</translation>
    </message>
    <message>
        <source>Decided by %1 at %2 %3</source>
        <translation>审批：%1 %2 %3</translation>
    </message>
    <message>
        <source>Carried out by %1 and %2 at %3</source>
        <translation>经办：%1、%2 %3</translation>
    </message>
    <message>
        <source>Fetching footage from the NVR</source>
        <translation>正在从录像机调取录像</translation>
    </message>
    <message>
        <source>Register checked: %1 lines, unbroken.</source>
        <translation>登记簿已校验：共%1条，完整无误。</translation>
    </message>
    <message>
        <source>Register broken at line %1: it was changed outside the program.</source>
        <translation>登记簿第%1条起校验不符：曾在本程序外被改动。</translation>
    </message>
    <message>
        <source>Carry out…</source>
        <translation>执行调阅…</translation>
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
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>All cameras online.</source>
        <translation>全部在线。</translation>
    </message>
    <message>
        <source>Offline cameras</source>
        <translation>离线点位</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>无未结事项。</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Notes (keys, equipment, …)</source>
        <translation>交接说明（钥匙、设备等）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>登记户</translation>
    </message>
    <message>
        <source>e.g. 侨鸿花园3幢</source>
        <translation>例如：侨鸿花园3幢</translation>
    </message>
    <message>
        <source>e.g. 1单元</source>
        <translation>例如：1单元</translation>
    </message>
    <message>
        <source>e.g. 302</source>
        <translation>例如：302</translation>
    </message>
    <message>
        <source>Find a registered person: name, ID or phone digits</source>
        <translation>查找已登记人员：姓名、证件号码或电话号码</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>加入本户</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Use of the address</source>
        <translation>房屋用途</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户别</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>户内成员</translation>
    </message>
</context>
<context>
    <name>HouseholderDialogs</name>
    <message>
        <source>Change householder: %1</source>
        <translation>户主变更：%1</translation>
    </message>
    <message>
        <source>Householder now: %1</source>
        <translation>现户主：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New householder</source>
        <translation>新户主</translation>
    </message>
    <message>
        <source>Relation of %1 to the new householder</source>
        <translation>%1与新户主的关系</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>e.g. died, moved away, family decision</source>
        <translation>如：原户主去世、迁出、家庭商定</translation>
    </message>
    <message>
        <source>The other members keep their relations as recorded (%1). They were relative to the old householder: correct them afterwards with “Change relation…” where needed.</source>
        <translation>其他成员的关系保持原登记（%1）。这些关系是相对原户主而言的，如有需要，请随后用“更正关系…”逐一更正。</translation>
    </message>
    <message>
        <source>Change relation to the householder</source>
        <translation>更正与户主关系</translation>
    </message>
    <message>
        <source>%1 · householder: %2</source>
        <translation>%1 · 户主：%2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Relation to the householder</source>
        <translation>与户主关系</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import residents from Excel</source>
        <translation>从 Excel 导入实有人口</translation>
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
        <source>%1 rows read: %2 can be imported, %3 have problems.</source>
        <translation>读取 %1 行：可导入 %2 行，有问题 %3 行。</translation>
    </message>
    <message>
        <source>Imported %1 people.</source>
        <translation>已导入 %1 人。</translation>
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
    <message>
        <source>Checking the file…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register a petition</source>
        <translation>登记信访事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Collective petition</source>
        <translation>集体信访</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>At most 5, separated by 、</source>
        <translation>最多 5 人，以“、”分隔</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>信访请求</translation>
    </message>
    <message>
        <source>Facts and reasons</source>
        <translation>事实和理由</translation>
    </message>
    <message>
        <source>Transferred by</source>
        <translation>转送机关</translation>
    </message>
    <message>
        <source>Only for a matter sent by a petition office</source>
        <translation>仅限信访部门转送的事项</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>National system number</source>
        <translation>全国信访系统编号</translation>
    </message>
    <message>
        <source>When filed online on the petitioner&apos;s behalf</source>
        <translation>代信访人网上录入时填写</translation>
    </message>
    <message>
        <source>Accepted on the spot: the written notice is given now</source>
        <translation>当场受理：当场出具受理告知书</translation>
    </message>
    <message>
        <source>Register a dispute case</source>
        <translation>矛盾纠纷受理登记</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Add party…</source>
        <translation>增加当事人…</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>May become a public-order or criminal case: tell the police now (art. 25)</source>
        <translation>可能引起治安案件、刑事案件：立即报告公安机关（第二十五条）</translation>
    </message>
    <message>
        <source>The parties agree to mediation</source>
        <translation>当事人同意调解</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>(assign later)</source>
        <translation>（稍后指派）</translation>
    </message>
    <message>
        <source>This date is in the future: check it.</source>
        <translation>该日期晚于今天，请核对。</translation>
    </message>
    <message>
        <source>Received %1 days ago: the deadlines run from this date. Check it.</source>
        <translation>收到日期在 %1 天前，各项期限从这一天起算，请核对。</translation>
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
        <source>Key groups are sensitive: only the community police officer, the director and each member&apos;s worker see who is in them. A group is deactivated, not deleted: its members stay.</source>
        <translation>重点人群信息敏感：只有社区民警、中心主任和各人员的责任人能看到名单。类别只能停用，不能删除：其人员保留。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
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
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
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
        <source>%n days</source>
        <translation>%n 天</translation>
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
    <name>Mediation</name>
    <message>
        <source>The parties were told that they may apply for arbitration, ask the administrative authority to deal with it, or bring an action in a people&apos;s court.</source>
        <translation>已告知当事人可以依法申请仲裁、请求行政机关处理或者向人民法院提起诉讼。</translation>
    </message>
    <message>
        <source>Application by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>On the committee&apos;s initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>From reception</source>
        <translation>来访转入</translation>
    </message>
    <message>
        <source>Reported by a grid worker</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <source>Handed over by the police</source>
        <translation>公安移交</translation>
    </message>
    <message>
        <source>Entrusted by a court</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Assigned by the government</source>
        <translation>政府指定</translation>
    </message>
    <message>
        <source>Found in the weekly screening</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Waiting for sign-off</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>被退回</translation>
    </message>
    <message>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>已达成协议</translation>
    </message>
    <message>
        <source>Ended without agreement</source>
        <translation>调解终结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Success (written agreement)</source>
        <translation>调解成功（书面协议）</translation>
    </message>
    <message>
        <source>Success (oral agreement)</source>
        <translation>调解成功（口头协议）</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Consent pending</source>
        <translation>待当事人同意</translation>
    </message>
    <message>
        <source>Parties agreed to mediation</source>
        <translation>当事人同意调解</translation>
    </message>
    <message>
        <source>A party refused mediation</source>
        <translation>当事人拒绝调解</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Mostly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Identity documents of the parties</source>
        <translation>当事人身份证明材料</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Photo or scan of a session</source>
        <translation>调解现场照片或扫描件</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>履行协议凭证</translation>
    </message>
    <message>
        <source>Judicial confirmation papers</source>
        <translation>司法确认材料</translation>
    </message>
    <message>
        <source>Note on the file</source>
        <translation>卷宗情况说明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Case accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Mediator assigned</source>
        <translation>指派调解员</translation>
    </message>
    <message>
        <source>Flagged: tell the police (art. 25)</source>
        <translation>标记：须报告公安机关（第二十五条）</translation>
    </message>
    <message>
        <source>Police informed</source>
        <translation>已报告公安机关</translation>
    </message>
    <message>
        <source>Transferred to an outside body</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Signed for by the receiver</source>
        <translation>接收单位签收</translation>
    </message>
    <message>
        <source>Returned by the receiver</source>
        <translation>接收单位退回</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Written agreement signed</source>
        <translation>签订书面调解协议</translation>
    </message>
    <message>
        <source>Oral agreement recorded</source>
        <translation>达成口头调解协议</translation>
    </message>
    <message>
        <source>Mediation ended</source>
        <translation>调解终结</translation>
    </message>
    <message>
        <source>Last day to apply for judicial confirmation</source>
        <translation>申请司法确认截止</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>Return visit due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Deadline extended with the parties&apos; consent</source>
        <translation>经当事人同意延长期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation>结案归档</translation>
    </message>
    <message>
        <source>Dossier assembled</source>
        <translation>组卷</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Mediation record voided</source>
        <translation>调解记录作废</translation>
    </message>
</context>
<context>
    <name>MediationErrors</name>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 2000 or 1500.50.</source>
        <translation>请以元为单位填写金额，如 2000 或 1500.50。</translation>
    </message>
    <message>
        <source>Choose where the case comes from.</source>
        <translation>请选择案件来源。</translation>
    </message>
    <message>
        <source>Choose a dispute type from the list.</source>
        <translation>请从列表中选择纠纷类型。</translation>
    </message>
    <message>
        <source>Choose a risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>Consent is either pending or given.</source>
        <translation>当事人意愿只能是待确认或同意。</translation>
    </message>
    <message>
        <source>At least one person is involved.</source>
        <translation>涉及人数至少为1人。</translation>
    </message>
    <message>
        <source>Add the parties of the dispute.</source>
        <translation>请增加纠纷当事人。</translation>
    </message>
    <message>
        <source>Mediation needs both sides: add the applicant and the respondent.</source>
        <translation>调解需要双方当事人：请增加申请人和被申请人。</translation>
    </message>
    <message>
        <source>Choose a grid from the list.</source>
        <translation>请从列表中选择网格。</translation>
    </message>
    <message>
        <source>Choose a mediator of the centre.</source>
        <translation>请选择本中心的人民调解员。</translation>
    </message>
    <message>
        <source>Choose the party&apos;s role.</source>
        <translation>请选择当事人身份。</translation>
    </message>
    <message>
        <source>This person is not on the register.</source>
        <translation>实有人口中没有此人。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This date is before the case was accepted.</source>
        <translation>日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>案件已结案。</translation>
    </message>
    <message>
        <source>There is no open police alert.</source>
        <translation>没有待报告公安的提示。</translation>
    </message>
    <message>
        <source>The parties agreed to mediation: a party can no longer be removed.</source>
        <translation>当事人已同意调解，不能再删除当事人。</translation>
    </message>
    <message>
        <source>The parties&apos; answer is already recorded.</source>
        <translation>当事人意愿已经记录。</translation>
    </message>
    <message>
        <source>This case cannot be routed now.</source>
        <translation>该案件现在不能分派。</translation>
    </message>
    <message>
        <source>The receiver has already answered.</source>
        <translation>接收单位已答复。</translation>
    </message>
    <message>
        <source>This date is before the case was sent.</source>
        <translation>日期不能早于移交日期。</translation>
    </message>
    <message>
        <source>The deadline is extended only with the parties&apos; consent.</source>
        <translation>只有经当事人同意才能延长期限。</translation>
    </message>
    <message>
        <source>This case has no running deadline.</source>
        <translation>该案件没有正在计算的期限。</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one.</source>
        <translation>新期限必须晚于现期限。</translation>
    </message>
    <message>
        <source>Mediation starts only when the parties agree to it (art. 17).</source>
        <translation>当事人同意后方可调解（第十七条）。</translation>
    </message>
    <message>
        <source>This case is not being mediated.</source>
        <translation>该案件不在调解中。</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>Written or oral agreement?</source>
        <translation>书面协议还是口头协议？</translation>
    </message>
    <message>
        <source>Record the mediation session first.</source>
        <translation>请先记录调解过程。</translation>
    </message>
    <message>
        <source>An agreement takes effect when it is signed or later.</source>
        <translation>协议生效日期不能早于签订日期。</translation>
    </message>
    <message>
        <source>This case has no agreement.</source>
        <translation>该案件没有调解协议。</translation>
    </message>
    <message>
        <source>Choose how satisfied the parties are.</source>
        <translation>请选择当事人满意程度。</translation>
    </message>
    <message>
        <source>This return visit is already recorded.</source>
        <translation>该回访已经记录。</translation>
    </message>
    <message>
        <source>The application is already recorded.</source>
        <translation>申请已经记录。</translation>
    </message>
    <message>
        <source>This date is not possible here.</source>
        <translation>此处不能使用该日期。</translation>
    </message>
    <message>
        <source>The 30 days for judicial confirmation ended on %1.</source>
        <translation>申请司法确认的三十日期限已于%1届满。</translation>
    </message>
    <message>
        <source>Record the outcome before closing the case.</source>
        <translation>请先记录调解结果再结案。</translation>
    </message>
    <message>
        <source>Record the return visit before closing the case.</source>
        <translation>请先记录回访再结案。</translation>
    </message>
    <message>
        <source>Choose what the file is.</source>
        <translation>请选择材料类别。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is too large (25 MB at most).</source>
        <translation>文件过大（最大25 MB）。</translation>
    </message>
    <message>
        <source>This session belongs to another case.</source>
        <translation>该调解记录属于其他案件。</translation>
    </message>
    <message>
        <source>This date has passed: choose today or later.</source>
        <translation>该日期已过：请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>A case keeps at least one party: add the right one before removing this one.</source>
        <translation>案件至少要有一名当事人：请先添加正确的当事人，再删除此人。</translation>
    </message>
    <message>
        <source>A number needs {year} for the year and {seq} for the running number; {abbr} may add the committee&apos;s short name. No other {…} is possible.</source>
        <translation>编号格式须含 {year}（年份）和 {seq}（流水号），可加 {abbr}（调委会简称）；不能使用其他 {…}。</translation>
    </message>
    <message>
        <source>Numbers made this way would be too long: shorten the format or the short name.</source>
        <translation>按此格式生成的编号过长：请缩短格式或简称。</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 365.</source>
        <translation>请填写 1 至 365 之间的天数。</translation>
    </message>
    <message>
        <source>This setting does not exist.</source>
        <translation>没有这项设置。</translation>
    </message>
</context>
<context>
    <name>MediationHandOffDialog</name>
    <message>
        <source>Hand this visit to the mediation room</source>
        <translation>将本次来访转人民调解室</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Applicant: %1.</source>
        <translation>申请人：%1。</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷事实</translation>
    </message>
</context>
<context>
    <name>MediationPage</name>
    <message>
        <source>Case number or a party&apos;s name</source>
        <translation>案号或当事人姓名</translation>
    </message>
    <message>
        <source>Register case…</source>
        <translation>受理登记…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Accepted from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reminders: return visits and judicial confirmation</source>
        <translation>提醒：回访和司法确认</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) may become a public-order or criminal case: tell the police (art. 25).</source>
        <translation>
            <numerusform>%n 件纠纷可能引起治安案件、刑事案件：请报告公安机关（第二十五条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return visit due %1: %2 %3</source>
        <translation>%1应回访：%2 %3</translation>
    </message>
    <message>
        <source>Judicial confirmation: last day %1 for %2 %3</source>
        <translation>司法确认%1截止：%2 %3</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Key group: %1</source>
        <translation>列入重点人群：%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>列管日期</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Risk level (0-5)</source>
        <translation>风险等级（0-5级）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MonitoringErrors</name>
    <message>
        <source>Footage must be kept at least 30 days (art. 17).</source>
        <translation>录像应至少保存30日（第十七条）。</translation>
    </message>
    <message>
        <source>This vendor needs the stream address (main stream template).</source>
        <translation>该厂商须填写视频地址（主码流地址）。</translation>
    </message>
    <message>
        <source>A stream address starts with rtsp://.</source>
        <translation>视频地址应以 rtsp:// 开头。</translation>
    </message>
    <message>
        <source>A stream address may hold only {host}, {port} and {channel}.</source>
        <translation>视频地址中只能使用 {host}、{port} 和 {channel}。</translation>
    </message>
    <message>
        <source>No stream address is known for this camera.</source>
        <translation>该摄像机没有可用的视频地址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口为1至65535之间的数字。</translation>
    </message>
    <message>
        <source>The channel is a number from 1 to 512.</source>
        <translation>通道为1至512之间的数字。</translation>
    </message>
    <message>
        <source>Another camera has this number.</source>
        <translation>已有摄像机使用该编号。</translation>
    </message>
    <message>
        <source>The filing date is before the commissioning date.</source>
        <translation>备案日期早于启用日期。</translation>
    </message>
    <message>
        <source>This sheet has no 编号 and 名称 columns.</source>
        <translation>该表格没有“编号”和“名称”列。</translation>
    </message>
    <message>
        <source>The password was saved on another PC; enter it again here.</source>
        <translation>密码是在另一台电脑上保存的，请在本机重新输入。</translation>
    </message>
    <message>
        <source>The end of the time window is before its start.</source>
        <translation>录像时段的结束早于开始。</translation>
    </message>
    <message>
        <source>The time window lies in the future.</source>
        <translation>录像时段在未来。</translation>
    </message>
    <message>
        <source>Footage of that time is no longer kept.</source>
        <translation>该时段的录像已超过存储期限。</translation>
    </message>
    <message>
        <source>This request has been decided already.</source>
        <translation>该申请已审批。</translation>
    </message>
    <message>
        <source>Only an approved request can be carried out.</source>
        <translation>只有已批准的申请才能执行调阅。</translation>
    </message>
    <message>
        <source>This request has been carried out already.</source>
        <translation>该申请已执行调阅。</translation>
    </message>
    <message>
        <source>The second person must be someone else.</source>
        <translation>第二经办人须为另一人。</translation>
    </message>
    <message>
        <source>This request is for viewing only: no copies.</source>
        <translation>该申请仅限查看，不得复制。</translation>
    </message>
    <message>
        <source>This device&apos;s recordings cannot be fetched from here (no playback address known).</source>
        <translation>无法从本机调取该设备的录像（未知回放地址）。</translation>
    </message>
    <message>
        <source>The footage could not be fetched from the device.</source>
        <translation>未能从设备调取录像。</translation>
    </message>
    <message>
        <source>This camera is not part of the request.</source>
        <translation>该点位不在本次申请中。</translation>
    </message>
    <message>
        <source>Hand the shift over to someone else.</source>
        <translation>请交班给其他人。</translation>
    </message>
    <message>
        <source>This handover has been confirmed already.</source>
        <translation>该交接班已确认。</translation>
    </message>
    <message>
        <source>This part of a request cannot be corrected.</source>
        <translation>申请的这一项不能更正。</translation>
    </message>
    <message>
        <source>A tour step shows 1, 4, 9 or 16 tiles.</source>
        <translation>轮巡每步显示1、4、9或16个画面。</translation>
    </message>
    <message>
        <source>A tour step needs cameras, at most as many as its tiles.</source>
        <translation>轮巡每步须选择点位，且不多于画面数。</translation>
    </message>
    <message>
        <source>A tour step stays at least 5 seconds.</source>
        <translation>轮巡每步至少停留5秒。</translation>
    </message>
    <message>
        <source>Another tour has this name.</source>
        <translation>已有同名轮巡。</translation>
    </message>
</context>
<context>
    <name>NationalDialog</name>
    <message>
        <source>Filed on the national system</source>
        <translation>录入全国信访系统</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>系统编号</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>录入日期</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Object to the transfer</source>
        <translation>对转送提出异议</translation>
    </message>
    <message>
        <source>Reasons (art. 23: within 5 working days)</source>
        <translation>理由（第二十三条：5 个工作日内）</translation>
    </message>
    <message>
        <source>Objected on</source>
        <translation>异议日期</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Review opinion received</source>
        <translation>收到复查意见</translation>
    </message>
    <message>
        <source>Re-examination opinion received</source>
        <translation>收到复核意见</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
</context>
<context>
    <name>PartiesTable</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名（名称）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source> (register)</source>
        <translation>（实有人口）</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Change a party</source>
        <translation>修改当事人</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>增加当事人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Find in the register</source>
        <translation>从实有人口查找</translation>
    </message>
    <message>
        <source>Name, initials, ID or phone</source>
        <translation>姓名、拼音首字母、证件号或电话</translation>
    </message>
    <message>
        <source>Name (person or organisation)</source>
        <translation>姓名（名称）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Leave blank to keep the stored number</source>
        <translation>不填则保留原号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Workplace or address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <source>Occupation or post</source>
        <translation>职业或职务</translation>
    </message>
    <message>
        <source>Agent (委托代理人)</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>From the register: blank fields are filled from the person&apos;s record.</source>
        <translation>来自实有人口：空白项按人员档案填写。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>Type part of the address, e.g. 3幢302</source>
        <translation>输入地址的一部分，例如：3幢302</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Resident type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Registered (hukou) address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Residence permit no.</source>
        <translation>居住证号码</translation>
    </message>
    <message>
        <source>Permit issued on</source>
        <translation>居住证签发日期</translation>
    </message>
    <message>
        <source>Annual endorsement due</source>
        <translation>年度签注到期日</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>不修改（%1）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复登记</translation>
    </message>
    <message>
        <source>Someone similar is already registered:
%1

Register this person anyway?</source>
        <translation>已登记有相似人员：
%1

仍要登记此人吗？</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Resident type</source>
        <translation>人口类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Moved out %1</source>
        <translation>%1 已迁出</translation>
    </message>
</context>
<context>
    <name>PetitionBadge</name>
    <message>
        <source>%1 late</source>
        <translation>%1 件已逾期</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 件即将到期</translation>
    </message>
</context>
<context>
    <name>PetitionHandOffDialog</name>
    <message>
        <source>Open a petition from this visit</source>
        <translation>将本次来访转为信访事项</translation>
    </message>
    <message>
        <source>Petitioner: %1 (%2 people)</source>
        <translation>信访人：%1（%2 人）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>信访请求</translation>
    </message>
    <message>
        <source>Facts and reasons</source>
        <translation>事实和理由</translation>
    </message>
    <message>
        <source>Accepted on the spot: the written notice is given now</source>
        <translation>当场受理：当场出具受理告知书</translation>
    </message>
</context>
<context>
    <name>PetitionPage</name>
    <message>
        <source>Number, national system number or petitioner</source>
        <translation>编号、全国信访系统编号或信访人</translation>
    </message>
    <message>
        <source>Register petition…</source>
        <translation>登记信访…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Not accepted…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Object to transfer…</source>
        <translation>转送异议…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Review asked…</source>
        <translation>申请复查…</translation>
    </message>
    <message>
        <source>Review opinion…</source>
        <translation>复查意见…</translation>
    </message>
    <message>
        <source>Re-examination asked…</source>
        <translation>申请复核…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>National system…</source>
        <translation>全国信访系统…</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>办理进展…</translation>
    </message>
    <message>
        <source>Attach scans…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Print acceptance notice</source>
        <translation>打印受理告知书</translation>
    </message>
    <message>
        <source>Print rejection notice</source>
        <translation>打印不予受理告知书</translation>
    </message>
    <message>
        <source>Print decision</source>
        <translation>打印处理意见书</translation>
    </message>
    <message>
        <source>%1 petitions</source>
        <translation>共 %1 件信访事项</translation>
    </message>
    <message>
        <source>Choose a petition on the left.</source>
        <translation>请在左侧选择信访事项。</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Petitioner: %1</source>
        <translation>信访人：%1</translation>
    </message>
    <message>
        <source>Received %1 by %2; handler %3</source>
        <translation>%1 收到，形式：%2；承办人：%3</translation>
    </message>
    <message>
        <source>Report or accusation: only its handler and the director may read it (art. 30).</source>
        <translation>检举控告类：仅承办人和主任可查阅（第三十条）。</translation>
    </message>
    <message>
        <source>Representatives: %1</source>
        <translation>代表：%1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>信访请求：%1</translation>
    </message>
    <message>
        <source>Facts and reasons: %1</source>
        <translation>事实和理由：%1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>处理意见：%1</translation>
    </message>
    <message>
        <source>National system: %1 (filed %2)</source>
        <translation>全国信访系统：%1（%2 录入）</translation>
    </message>
    <message>
        <source>Came from a visit at the reception desk.</source>
        <translation>由接待窗口来访转入。</translation>
    </message>
    <message>
        <source> — approved by %1: %2</source>
        <translation> — 经 %1 批准：%2</translation>
    </message>
    <message>
        <source>What the petitioner is told: %1</source>
        <translation>告知信访人：%1</translation>
    </message>
    <message>
        <source>Attach scanned letters</source>
        <translation>添加信件扫描件</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>PetitionTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> （已逾期）</translation>
    </message>
</context>
<context>
    <name>PoliceDialog</name>
    <message>
        <source>The police were told</source>
        <translation>已报告公安机关</translation>
    </message>
    <message>
        <source>Whom, when and how</source>
        <translation>报告对象、时间和方式</translation>
    </message>
    <message>
        <source>e.g. duty officer of the police station, by phone</source>
        <translation>如：电话报告派出所值班民警</translation>
    </message>
</context>
<context>
    <name>PoliceReferralDialog</name>
    <message>
        <source>Refer to the police station</source>
        <translation>转派出所</translation>
    </message>
    <message>
        <source>Which station, to whom, how</source>
        <translation>派出所、对接人及移交方式</translation>
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
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>What the national system (or the handling body) says</source>
        <translation>全国信访系统（或办理机关）反馈情况</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
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
    <name>ReaderSettingsDialog</name>
    <message>
        <source>ID card reader of this PC</source>
        <translation>本机身份证读卡器</translation>
    </message>
    <message>
        <source>Keyboard-wedge reader (types the number)</source>
        <translation>键盘模拟读卡器（自动输入号码）</translation>
    </message>
    <message>
        <source>Serial-port reader</source>
        <translation>串口读卡器</translation>
    </message>
    <message>
        <source>Fields with a separator</source>
        <translation>分隔符分隔的字段</translation>
    </message>
    <message>
        <source>Only find the ID number</source>
        <translation>仅识别身份证号</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Longest pause between keys (ms)</source>
        <translation>按键最长间隔（毫秒）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Speed (baud)</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Line format</source>
        <translation>行格式</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Fields in order</source>
        <translation>字段顺序</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>匹配模式</translation>
    </message>
    <message>
        <source>Choose the port speed.</source>
        <translation>请选择波特率。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Answered on the spot</source>
        <translation>当场答复</translation>
    </message>
    <message>
        <source>To mediation</source>
        <translation>转人民调解</translation>
    </message>
    <message>
        <source>To petition</source>
        <translation>转信访</translation>
    </message>
    <message>
        <source>To the police station</source>
        <translation>转派出所</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上信访</translation>
    </message>
    <message>
        <source>Complaint or claim</source>
        <translation>申诉求决</translation>
    </message>
    <message>
        <source>Suggestion or opinion</source>
        <translation>建议意见</translation>
    </message>
    <message>
        <source>Report or accusation</source>
        <translation>检举控告</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>复查复核中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Register (art. 22)</source>
        <translation>登记（第二十二条）</translation>
    </message>
    <message>
        <source>Written notice of acceptance (art. 23)</source>
        <translation>书面告知受理（第二十三条）</translation>
    </message>
    <message>
        <source>Notice of a transferred matter (art. 23)</source>
        <translation>转送事项告知（第二十三条）</translation>
    </message>
    <message>
        <source>Object to the transfer (art. 23)</source>
        <translation>对转送提出异议（第二十三条）</translation>
    </message>
    <message>
        <source>Handle and answer (art. 34)</source>
        <translation>办理并答复（第三十四条）</translation>
    </message>
    <message>
        <source>Extension (art. 34)</source>
        <translation>延期（第三十四条）</translation>
    </message>
    <message>
        <source>Petitioner may ask for review (art. 35)</source>
        <translation>信访人可申请复查（第三十五条）</translation>
    </message>
    <message>
        <source>Review by the higher body (art. 35)</source>
        <translation>上一级机关复查（第三十五条）</translation>
    </message>
    <message>
        <source>Petitioner may ask for re-examination (art. 36)</source>
        <translation>信访人可申请复核（第三十六条）</translation>
    </message>
    <message>
        <source>Re-examination by the higher body (art. 36)</source>
        <translation>上一级机关复核（第三十六条）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>register</source>
        <translation>实有人口</translation>
    </message>
    <message>
        <source>earlier visit</source>
        <translation>以往来访</translation>
    </message>
</context>
<context>
    <name>ReceptionErrors</name>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This person is not on the register.</source>
        <translation>此人不在实有人口库中。</translation>
    </message>
    <message>
        <source>The earlier visit no longer exists.</source>
        <translation>原来访记录已不存在。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (or 15).</source>
        <translation>居民身份证号码应为 18 位（或 15 位）。</translation>
    </message>
    <message>
        <source>An ID number has digits and a final X only.</source>
        <translation>身份证号码只能包含数字，末位可为 X。</translation>
    </message>
    <message>
        <source>This ID number is mistyped (check character).</source>
        <translation>身份证号码有误（校验位不符）。</translation>
    </message>
    <message>
        <source>The birth date in this ID number is impossible.</source>
        <translation>身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>The region code of this ID number never existed.</source>
        <translation>身份证号码中的行政区划代码不存在。</translation>
    </message>
    <message>
        <source>This document number is not in the right format.</source>
        <translation>证件号码格式不正确。</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>请选择证件类型。</translation>
    </message>
    <message>
        <source>Write a mobile (11 digits) or a landline (025-86612345).</source>
        <translation>请填写手机号（11 位）或固定电话（025-86612345）。</translation>
    </message>
    <message>
        <source>At least one person.</source>
        <translation>人数至少为 1。</translation>
    </message>
    <message>
        <source>A group chooses at most 5 representatives (art. 20).</source>
        <translation>集体来访推选代表不超过 5 人（第二十条）。</translation>
    </message>
    <message>
        <source>A group of 5 or more names its representatives (at most 5, art. 20).</source>
        <translation>5 人以上集体来访须推选代表（不超过 5 人，第二十条）。</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <source>Choose an outcome from the list.</source>
        <translation>请从列表中选择处理结果。</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Choose a member of staff.</source>
        <translation>请选择工作人员。</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This date is too early for this step.</source>
        <translation>该日期早于本环节可填写的日期。</translation>
    </message>
    <message>
        <source>This visitor has already left.</source>
        <translation>该来访人已签离。</translation>
    </message>
    <message>
        <source>The visitor cannot leave before arriving.</source>
        <translation>离开时间不能早于到访时间。</translation>
    </message>
    <message>
        <source>This visit has already been handed on.</source>
        <translation>本次来访已转办。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export at most one year at a time.</source>
        <translation>每次最多导出一年的数据。</translation>
    </message>
    <message>
        <source>Choose how the petition came in.</source>
        <translation>请选择信访形式。</translation>
    </message>
    <message>
        <source>Choose the category of the petition.</source>
        <translation>请选择信访事项类别。</translation>
    </message>
    <message>
        <source>Name the petitioner.</source>
        <translation>请填写信访人姓名。</translation>
    </message>
    <message>
        <source>Choose a handler from reception or the director.</source>
        <translation>请从接待人员或主任中选择承办人。</translation>
    </message>
    <message>
        <source>An extension is approved by the head of the centre (art. 34).</source>
        <translation>延期须经中心负责人批准（第三十四条）。</translation>
    </message>
    <message>
        <source>Acceptance has already been decided.</source>
        <translation>已作出是否受理的决定。</translation>
    </message>
    <message>
        <source>This petition was not transferred here.</source>
        <translation>该信访事项不是转送来的。</translation>
    </message>
    <message>
        <source>This petition is not being handled.</source>
        <translation>该信访事项不在办理中。</translation>
    </message>
    <message>
        <source>The handling period was already extended.</source>
        <translation>办理期限已延长过。</translation>
    </message>
    <message>
        <source>An extension is 1 to 30 days (art. 34).</source>
        <translation>延长期限为 1 至 30 日（第三十四条）。</translation>
    </message>
    <message>
        <source>The handling period ended on %1: too late to extend.</source>
        <translation>办理期限已于 %1 届满，无法延期。</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>请选择处理意见。</translation>
    </message>
    <message>
        <source>No review can be asked for now.</source>
        <translation>当前不能申请复查。</translation>
    </message>
    <message>
        <source>No re-examination can be asked for now.</source>
        <translation>当前不能申请复核。</translation>
    </message>
    <message>
        <source>No review is running.</source>
        <translation>当前没有进行中的复查。</translation>
    </message>
    <message>
        <source>No re-examination is running.</source>
        <translation>当前没有进行中的复核。</translation>
    </message>
    <message>
        <source>The 30 days to ask ended on %1.</source>
        <translation>30 日申请期限已于 %1 届满。</translation>
    </message>
    <message>
        <source>This petition has not been answered yet.</source>
        <translation>该信访事项尚未答复。</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>该信访事项已办结。</translation>
    </message>
    <message>
        <source>The category is fixed once accepted.</source>
        <translation>受理后不能更改类别。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is too large (25 MB at most).</source>
        <translation>文件过大（最大 25 MB）。</translation>
    </message>
    <message>
        <source>Attach scans: images or PDF files.</source>
        <translation>请添加扫描件：图片或 PDF 文件。</translation>
    </message>
    <message>
        <source>This file is already attached.</source>
        <translation>该文件已添加。</translation>
    </message>
    <message>
        <source>Unknown list.</source>
        <translation>未知列表。</translation>
    </message>
    <message>
        <source>Choose a line format.</source>
        <translation>请选择行格式。</translation>
    </message>
    <message>
        <source>The line format must contain the ID number.</source>
        <translation>行格式中必须包含身份证号码。</translation>
    </message>
    <message>
        <source>This regular expression is not valid.</source>
        <translation>正则表达式无效。</translation>
    </message>
    <message>
        <source>Choose the port speed.</source>
        <translation>请选择波特率。</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Card reader…</source>
        <translation>读卡器…</translation>
    </message>
    <message>
        <source>End of day…</source>
        <translation>日终处理…</translation>
    </message>
    <message>
        <source>Print the day&apos;s log…</source>
        <translation>打印当日台账…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>(outcome)</source>
        <translation>（处理结果）</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Open petition…</source>
        <translation>转为信访事项…</translation>
    </message>
    <message>
        <source>Hand to mediation…</source>
        <translation>转人民调解…</translation>
    </message>
    <message>
        <source>Refer to police…</source>
        <translation>转派出所…</translation>
    </message>
    <message>
        <source>Print visit form…</source>
        <translation>打印来访登记表…</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visits of the day</source>
        <translation>当日来访</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>读卡器：%1</translation>
    </message>
    <message>
        <source>keyboard-wedge reader on</source>
        <translation>键盘模拟读卡器已启用</translation>
    </message>
    <message>
        <source>serial reader on %1</source>
        <translation>串口读卡器（%1）已启用</translation>
    </message>
    <message>
        <source>Card reader: off</source>
        <translation>读卡器：未启用</translation>
    </message>
    <message>
        <source>%1 visits, %2 people in the building</source>
        <translation>在场来访 %1 批，共 %2 人</translation>
    </message>
    <message>
        <source> — %1 not checked out since an earlier day</source>
        <translation> — 其中 %1 批自前日起未签离</translation>
    </message>
    <message>
        <source>Handed on: petition %1</source>
        <translation>已转办：信访事项 %1</translation>
    </message>
    <message>
        <source>Handed on: mediation case %1</source>
        <translation>已转办：调解案件 %1</translation>
    </message>
    <message>
        <source>Referred to the police: %1</source>
        <translation>已转派出所：%1</translation>
    </message>
    <message>
        <source>%1: not handed on</source>
        <translation>%1：未转办</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 已签离。</translation>
    </message>
    <message>
        <source>Petition %1 opened for %2.</source>
        <translation>已为 %2 登记信访事项 %1。</translation>
    </message>
    <message>
        <source>Case %1 is in the mediation room&apos;s queue.</source>
        <translation>案件 %1 已进入人民调解室待办队列。</translation>
    </message>
    <message>
        <source>Referral to the police recorded.</source>
        <translation>已记录转派出所。</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>日终处理</translation>
    </message>
    <message>
        <source>Close every visit of %1 and before that was never checked out? They are marked as closed by the system.</source>
        <translation>关闭 %1 及之前所有未签离的来访？这些来访将标记为系统关闭。</translation>
    </message>
    <message>
        <source>Closed %1 visits never checked out: %2</source>
        <translation>已关闭 %1 条未签离的来访：%2</translation>
    </message>
    <message>
        <source>Nobody was left checked in.</source>
        <translation>没有未签离的来访人。</translation>
    </message>
    <message>
        <source>Export the day&apos;s log</source>
        <translation>导出当日台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出至 %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>NVR / channel</source>
        <translation>NVR / 通道</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>存储天数</translation>
    </message>
    <message>
        <source>Filing (备案)</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Number, name or location</source>
        <translation>编号、名称或位置</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>登记摄像机</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Import .xlsx</source>
        <translation>导入 .xlsx</translation>
    </message>
    <message>
        <source>Export .xlsx</source>
        <translation>导出 .xlsx</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <source>Filing overdue: %1</source>
        <translation>逾期未备案：%1</translation>
    </message>
    <message>
        <source>Filing due within 7 days: %1</source>
        <translation>7日内须备案：%1</translation>
    </message>
    <message>
        <source>%1 cameras; %2 of %3 checked are online</source>
        <translation>共%1路；已巡检%3路，在线%2路</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Import cameras</source>
        <translation>导入摄像机</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed</source>
        <translation>已导入：新增%1路，修改%2路</translation>
    </message>
    <message>
        <source>Find devices…</source>
        <translation>搜索设备…</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Where the petitioner should turn</source>
        <translation>告知信访人向何处反映</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
</context>
<context>
    <name>RemovePartyDialog</name>
    <message>
        <source>Remove a party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>%1 (%2) is removed from case %3.</source>
        <translation>将从案件 %3 中删除 %1（%2）。</translation>
    </message>
    <message>
        <source>Why (e.g. entered by mistake)</source>
        <translation>原因（如登记错误）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Register a footage request</source>
        <translation>登记调阅申请</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>e.g. 华侨路派出所, or 个人</source>
        <translation>如：华侨路派出所，或“个人”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>调阅人</translation>
    </message>
    <message>
        <source>ID number (shown masked)</source>
        <translation>证件号码（显示时遮挡）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>调阅依据</translation>
    </message>
    <message>
        <source>Legal basis / document</source>
        <translation>法律依据 / 文书</translation>
    </message>
    <message>
        <source>Required for a state organ (art. 20)</source>
        <translation>国家机关调阅须填写（第二十条）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>调阅事由</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Dispute case id (if any)</source>
        <translation>关联纠纷编号（如有）</translation>
    </message>
    <message>
        <source>Visit id (if any)</source>
        <translation>关联来访编号（如有）</translation>
    </message>
</context>
<context>
    <name>ResidentErrors</name>
    <message>
        <source>An ID number has 18 characters (or 15 for an old one).</source>
        <translation>身份证号码应为18位（旧号码为15位）。</translation>
    </message>
    <message>
        <source>An ID number has only digits, and X as its last character.</source>
        <translation>身份证号码只能是数字，最后一位可以是X。</translation>
    </message>
    <message>
        <source>The last character of this ID number does not match: check it for a typing mistake.</source>
        <translation>身份证号码校验位不符，请检查是否输错。</translation>
    </message>
    <message>
        <source>The birth date in this ID number is impossible or in the future.</source>
        <translation>身份证号码中的出生日期不存在或晚于今天。</translation>
    </message>
    <message>
        <source>The first six digits of this ID number are not a region code ever assigned.</source>
        <translation>身份证号码前六位不是曾经使用过的行政区划代码。</translation>
    </message>
    <message>
        <source>This document number does not have the form of its type.</source>
        <translation>证件号码格式与证件类型不符。</translation>
    </message>
    <message>
        <source>Choose an ID type from the list.</source>
        <translation>请从列表中选择证件类型。</translation>
    </message>
    <message>
        <source>This ID number is already registered.</source>
        <translation>该证件号码已登记。</translation>
    </message>
    <message>
        <source>This ID number appears twice in the file.</source>
        <translation>该证件号码在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Choose an ethnic group from the list.</source>
        <translation>请从列表中选择民族。</translation>
    </message>
    <message>
        <source>Choose a relation from the list.</source>
        <translation>请从列表中选择与户主关系。</translation>
    </message>
    <message>
        <source>Choose the sex from the list.</source>
        <translation>请从列表中选择性别。</translation>
    </message>
    <message>
        <source>Choose a resident type from the list.</source>
        <translation>请从列表中选择人口类型。</translation>
    </message>
    <message>
        <source>Write the date as 2024-03-01.</source>
        <translation>日期请写成 2024-03-01 的格式。</translation>
    </message>
    <message>
        <source>A mobile has 11 digits starting with 1; a landline is written like 025-86612345.</source>
        <translation>手机号码为1开头的11位数字；固定电话请写成 025-86612345 的格式。</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the ID number.</source>
        <translation>出生日期与身份证号码不一致。</translation>
    </message>
    <message>
        <source>The sex differs from the one in the ID number.</source>
        <translation>性别与身份证号码不一致。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>Moving out cannot be before moving in.</source>
        <translation>迁出日期不能早于迁入日期。</translation>
    </message>
    <message>
        <source>The endorsement date cannot be before the issue date.</source>
        <translation>签注日期不能早于签发日期。</translation>
    </message>
    <message>
        <source>Choose an address from the list.</source>
        <translation>请从列表中选择地址。</translation>
    </message>
    <message>
        <source>This household already has a householder.</source>
        <translation>该户已有户主。</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>此人已在其他户中。</translation>
    </message>
    <message>
        <source>This person is already in this key group.</source>
        <translation>此人已列入该重点人群。</translation>
    </message>
    <message>
        <source>The risk level is 0 to 5.</source>
        <translation>风险等级为0至5级。</translation>
    </message>
    <message>
        <source>This date is before the person joined the group.</source>
        <translation>该日期早于列管日期。</translation>
    </message>
    <message>
        <source>The next follow-up must come after this one.</source>
        <translation>下次随访日期应晚于本次随访。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This may be someone already registered.</source>
        <translation>此人可能已经登记。</translation>
    </message>
    <message>
        <source>This key group is no longer in use: the administrator deactivated it.</source>
        <translation>此重点人群类别已由管理员停用，不能再列入。</translation>
    </message>
    <message>
        <source>The householder cannot leave while others remain in the household. Choose a new householder first.</source>
        <translation>户内还有其他成员，户主不能离户。请先确定新的户主。</translation>
    </message>
    <message>
        <source>This date is before the person joined the household.</source>
        <translation>该日期早于此人入户日期。</translation>
    </message>
    <message>
        <source>Choose a member of this household.</source>
        <translation>请选择本户的成员。</translation>
    </message>
    <message>
        <source>This person has left the household.</source>
        <translation>此人已离户。</translation>
    </message>
    <message>
        <source>This person is the householder already: choose another member.</source>
        <translation>此人已是户主，请选择其他成员。</translation>
    </message>
    <message>
        <source>Choose a relation to the householder; to make someone householder, use “Change householder…”.</source>
        <translation>请选择与户主的关系；如需设为户主，请使用“户主变更…”。</translation>
    </message>
    <message>
        <source>The householder&apos;s relation changes only with “Change householder…”.</source>
        <translation>户主的关系只能通过“户主变更…”更改。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Search: name, pinyin initials (zw), ID number or its last digits, phone, address</source>
        <translation>搜索：姓名、拼音首字母（如 zw）、证件号码或尾号、电话、地址</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Include moved out</source>
        <translation>含已迁出</translation>
    </message>
    <message>
        <source>Register person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>Register household</source>
        <translation>登记户</translation>
    </message>
    <message>
        <source>Show in full…</source>
        <translation>查看完整信息…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Add to a key group…</source>
        <translation>列入重点人群…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>登记随访…</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>时间线（最新在前）</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>工作单位：%1</translation>
    </message>
    <message>
        <source>Hukou: %1</source>
        <translation>户籍地址：%1</translation>
    </message>
    <message>
        <source>Residence permit %1, issued %2, endorsement due %3</source>
        <translation>居住证 %1，%2 签发，%3 前签注</translation>
    </message>
    <message>
        <source>Moved in %1</source>
        <translation>%1 迁入</translation>
    </message>
    <message>
        <source>Moved out %1</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险 %1 级</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1 解除</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>下次随访 %1</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Include the full ID numbers and phones? (Recorded with a reason.)</source>
        <translation>是否导出完整的证件号码和电话？（需填写理由并记入审计日志）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why are full numbers needed?</source>
        <translation>为什么需要完整号码？</translation>
    </message>
    <message>
        <source>Exported %1 people to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
    <message>
        <source>Moved out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>解除管理…</translation>
    </message>
    <message>
        <source>Remove from household…</source>
        <translation>离户…</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 离户</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Change householder…</source>
        <translation>户主变更…</translation>
    </message>
    <message>
        <source>Change relation…</source>
        <translation>更正关系…</translation>
    </message>
    <message>
        <source>householder %1</source>
        <translation>户主 %1</translation>
    </message>
</context>
<context>
    <name>ReturnVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>应回访日期：%1</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Performance of the agreement</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意程度</translation>
    </message>
    <message>
        <source>A party has gone to court</source>
        <translation>当事人已另行起诉</translation>
    </message>
    <message>
        <source>Signs of escalation</source>
        <translation>激化苗头</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show full ID number and phone</source>
        <translation>查看完整证件号码和电话</translation>
    </message>
    <message>
        <source>Why do you need the full ID number and phone of %1? The reason is kept in the audit log.</source>
        <translation>为什么需要查看%1的完整证件号码和电话？查看事由将记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. checking the identity of a visitor</source>
        <translation>例如：核实来访人身份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>ScheduleVisitDialog</name>
    <message>
        <source>Schedule another return visit</source>
        <translation>安排再次回访</translation>
    </message>
    <message>
        <source>Already scheduled: %1</source>
        <translation>已安排：%1</translation>
    </message>
    <message>
        <source>Visit due on</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a mediation session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediator(s)</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>The parties were told their rights and duties</source>
        <translation>已告知当事人权利义务</translation>
    </message>
    <message>
        <source>Each party&apos;s statement</source>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <source>Facts verified</source>
        <translation>调查核实情况</translation>
    </message>
    <message>
        <source>Risk warning</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Correct the mediation record</source>
        <translation>更正调解记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mediation settings</source>
        <translation>调解设置</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议书编号</translation>
    </message>
    <message>
        <source>Committee&apos;s short name ({abbr})</source>
        <translation>调委会简称（{abbr}）</translation>
    </message>
    <message>
        <source>Blank: the community&apos;s name, shortened</source>
        <translation>留空：使用社区名称的简称</translation>
    </message>
    <message>
        <source>{year} is the year and {seq} the running number within the year: both are needed. {abbr} is the committee&apos;s short name.</source>
        <translation>{year} 为年份，{seq} 为当年流水号，二者必须有；{abbr} 为调委会简称。</translation>
    </message>
    <message>
        <source>Deadline after acceptance</source>
        <translation>受理后办结期限</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; before the deadline</source>
        <translation>期限前提示“即将到期”</translation>
    </message>
    <message>
        <source>Return visit after the agreement</source>
        <translation>达成协议后回访</translation>
    </message>
    <message>
        <source>Judicial confirmation reminder before the time runs out</source>
        <translation>司法确认期限届满前提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The parties may apply for judicial confirmation within %1 days of the agreement taking effect (art. 33): set by law, not here.</source>
        <translation>当事人可自调解协议生效之日起 %1 日内申请司法确认（人民调解法第三十三条）：由法律规定，不在此设置。</translation>
    </message>
    <message>
        <source>Retention period on the dossier cover</source>
        <translation>卷宗封面保管期限</translation>
    </message>
    <message>
        <source>Blank: written by hand</source>
        <translation>留空：手工填写</translation>
    </message>
    <message>
        <source>e.g. %1 and %2</source>
        <translation>例如 %1、%2</translation>
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
        <source>The administrator creates the accounts of the centre&apos;s staff.</source>
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
        <source>Show the centre&apos;s name</source>
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
    <name>TourDialog</name>
    <message>
        <source>New tour</source>
        <translation>新建轮巡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 夜班轮巡</source>
        <translation>如：夜班轮巡</translation>
    </message>
    <message>
        <source>Tiles per step</source>
        <translation>每步画面数</translation>
    </message>
    <message>
        <source>Seconds per step</source>
        <translation>每步停留秒数</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>点位</translation>
    </message>
</context>
<context>
    <name>TransferAnswerDialog</name>
    <message>
        <source>Signed for by %1</source>
        <translation>%1签收</translation>
    </message>
    <message>
        <source>Returned by %1</source>
        <translation>%1退回</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason given for returning it</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Signing for it closes the case here as transferred.</source>
        <translation>签收后本案以“转交”结案。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to an outside body</source>
        <translation>移交其他单位</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Came for</source>
        <translation>来访对象</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Petition %1</source>
        <translation>信访 %1</translation>
    </message>
    <message>
        <source>Mediation %1</source>
        <translation>调解 %1</translation>
    </message>
    <message>
        <source>Police: %1</source>
        <translation>派出所：%1</translation>
    </message>
    <message>
        <source>Not checked out since %1</source>
        <translation>自 %1 起未签离</translation>
    </message>
    <message>
        <source>On site %1 min</source>
        <translation>在场 %1 分钟</translation>
    </message>
    <message>
        <source>Closed at end of day %1</source>
        <translation>%1 日终关闭</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1（集体）</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void this case</source>
        <translation>作废案件</translation>
    </message>
    <message>
        <source>Why it is void</source>
        <translation>作废理由</translation>
    </message>
</context>
<context>
    <name>VoidSessionDialog</name>
    <message>
        <source>Void a mediation record</source>
        <translation>作废调解记录</translation>
    </message>
    <message>
        <source>The record of the session of %1 (%2) is voided: it is no longer printed nor filed in the dossier.</source>
        <translation>%1（%2）的调解记录将作废：不再打印，也不归入卷宗。</translation>
    </message>
    <message>
        <source>Why it is void</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message numerus="yes">
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 画面</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Start tour</source>
        <translation>开始轮巡</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 of %2 streaming</source>
        <translation>%2路中%1路正常</translation>
    </message>
    <message>
        <source>Pause tour</source>
        <translation>暂停轮巡</translation>
    </message>
    <message>
        <source>Resume tour</source>
        <translation>继续轮巡</translation>
    </message>
    <message>
        <source>Select a tile first.</source>
        <translation>请先选择一个画面。</translation>
    </message>
    <message>
        <source>No picture to keep yet.</source>
        <translation>尚无画面可保存。</translation>
    </message>
    <message>
        <source>Snapshot saved: %1</source>
        <translation>截图已保存：%1</translation>
    </message>
    <message>
        <source>New tour…</source>
        <translation>新建轮巡…</translation>
    </message>
</context>
</TS>
