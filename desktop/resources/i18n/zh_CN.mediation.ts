<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>App</name>
    <message>
        <source>Mediation room</source>
        <translation>矛盾纠纷调处室</translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation>矛盾纠纷</translation>
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
        <source>(not a session's)</source>
        <translation>（不属于某次调解）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
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
        <source>Add photo or scan…</source>
        <translation>添加照片或扫描件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
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
        <source>Another return visit…</source>
        <translation>再次回访…</translation>
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
        <source>Mediation records</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>The case's story</source>
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
        <source>Extended on %1 with the parties' consent: %2</source>
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
    <message>
        <source>Dossier %1</source>
        <translation>%1 卷宗</translation>
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
    <name>ExtendDialog</name>
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
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The parties consented to the extension</source>
        <translation>当事人同意延长</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
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
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>The parties were told that they may apply for arbitration, ask the administrative authority to deal with it, or bring an action in a people's court.</source>
        <translation>已告知当事人可以依法申请仲裁、请求行政机关处理或者向人民法院提起诉讼。</translation>
    </message>
    <message>
        <source>Application by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>On the committee's initiative</source>
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
        <source>Deadline extended with the parties' consent</source>
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
        <source>Choose the party's role.</source>
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
        <source>This date has passed: choose today or later.</source>
        <translation>该日期已过：请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>A case keeps at least one party: add the right one before removing this one.</source>
        <translation>案件至少要有一名当事人：请先添加正确的当事人，再删除此人。</translation>
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
        <source>The parties' answer is already recorded.</source>
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
        <source>The deadline is extended only with the parties' consent.</source>
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
        <source>A number needs {year} for the year and {seq} for the running number; {abbr} may add the committee's short name. No other {…} is possible.</source>
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
    <name>MediationPage</name>
    <message>
        <source>Case number or a party's name</source>
        <translation>案号或当事人姓名</translation>
    </message>
    <message>
        <source>Register case…</source>
        <translation>受理登记…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
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
        <source> (register)</source>
        <translation>（实有人口）</translation>
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
        <source>From the register: blank fields are filled from the person's record.</source>
        <translation>来自实有人口：空白项按人员档案填写。</translation>
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
        <source>Correct the mediation record</source>
        <translation>更正调解记录</translation>
    </message>
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
        <source>Each party's statement</source>
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
        <source>Committee's short name ({abbr})</source>
        <translation>调委会简称（{abbr}）</translation>
    </message>
    <message>
        <source>Blank: the community's name, shortened</source>
        <translation>留空：使用社区名称的简称</translation>
    </message>
    <message>
        <source>{year} is the year and {seq} the running number within the year: both are needed. {abbr} is the committee's short name.</source>
        <translation>{year} 为年份，{seq} 为当年流水号，二者必须有；{abbr} 为调委会简称。</translation>
    </message>
    <message>
        <source>Deadline after acceptance</source>
        <translation>受理后办结期限</translation>
    </message>
    <message>
        <source>"Due soon" before the deadline</source>
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
</TS>
