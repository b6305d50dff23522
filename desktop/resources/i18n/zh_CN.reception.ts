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
        <source>Petitions</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>群众接待室</translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation>来访登记</translation>
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
        <source>When filed online on the petitioner's behalf</source>
        <translation>代信访人网上录入时填写</translation>
    </message>
    <message>
        <source>Accepted on the spot: the written notice is given now</source>
        <translation>当场受理：当场出具受理告知书</translation>
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
        <source>Applicant: %1.</source>
        <translation>申请人：%1。</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷事实</translation>
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
        <source> — approved by %1: %2</source>
        <translation> — 经 %1 批准：%2</translation>
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
        <source>Number, national system number or petitioner</source>
        <translation>编号、全国信访系统编号或信访人</translation>
    </message>
    <message>
        <source>Register petition…</source>
        <translation>登记信访…</translation>
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
        <source> (overdue)</source>
        <translation> （已逾期）</translation>
    </message>
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
        <source>Longest pause between keys (ms)</source>
        <translation>按键最长间隔（毫秒）</translation>
    </message>
    <message>
        <source>Serial-port reader</source>
        <translation>串口读卡器</translation>
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
        <source>Foreigner's permanent residence card</source>
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
        <source>Print the day's log…</source>
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
        <source>Case %1 is in the mediation room's queue.</source>
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
        <source>Export the day's log</source>
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
        <source>%1 (group)</source>
        <translation>%1（集体）</translation>
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
</context>
</TS>
