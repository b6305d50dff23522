<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Working rhythm</source>
        <translation>工作运行</translation>
    </message>
    <message>
        <source>Grid reports</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>集中排查</translation>
    </message>
    <message>
        <source>Rounds due</source>
        <translation>排查报送情况</translation>
    </message>
    <message>
        <source>Police notes and weekly notice</source>
        <translation>民警告知与周通报</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>交办任务</translation>
    </message>
    <message>
        <source>Units and hazards</source>
        <translation>辖区单位与隐患</translation>
    </message>
</context>
<context>
    <name>AreaTab</name>
    <message>
        <source>无: nothing found in this area</source>
        <translation>无：本项未发现情况</translation>
    </message>
    <message>
        <source>What could not be resolved now</source>
        <translation>一时不能化解的问题</translation>
    </message>
    <message>
        <source>Save this area</source>
        <translation>保存本项</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>排查发现的记录</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>排查发现</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>化解及稳控措施</translation>
    </message>
    <message>
        <source>Left to resolve</source>
        <translation>跟踪化解</translation>
    </message>
    <message>
        <source>Responsible, by</source>
        <translation>责任人、时限</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CaseRouteDialog</name>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>The first person named is the applicant, the others respondents.</source>
        <translation>所列第一人为申请人，其余为被申请人。</translation>
    </message>
    <message>
        <source>May turn into a public-order or criminal case: tell the police</source>
        <translation>可能激化为治安、刑事案件：告知公安</translation>
    </message>
</context>
<context>
    <name>CloseHazardDialog</name>
    <message>
        <source>Close the hazard (销号)</source>
        <translation>隐患销号</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>销号理由</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Task done</source>
        <translation>任务办结</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>A decision of the meeting</source>
        <translation>会议议定事项</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>FollowUpRouteDialog</name>
    <message>
        <source>Key-group record</source>
        <translation>重点人员管理记录</translation>
    </message>
    <message>
        <source>(none of the people)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>How it was learnt</source>
        <translation>了解方式</translation>
    </message>
</context>
<context>
    <name>GridReportsPage</name>
    <message>
        <source>Waiting for routing</source>
        <translation>待分家</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>People</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>分家去向</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>上报情况</translation>
    </message>
    <message>
        <source>All reports of a period</source>
        <translation>某期间全部上报</translation>
    </message>
    <message>
        <source>To mediation…</source>
        <translation>转矛盾纠纷…</translation>
    </message>
    <message>
        <source>To a petition…</source>
        <translation>转信访…</translation>
    </message>
    <message>
        <source>Key-group follow-up…</source>
        <translation>记入重点人员走访…</translation>
    </message>
    <message>
        <source>Hazard…</source>
        <translation>登记安全隐患…</translation>
    </message>
    <message>
        <source>Note to the police…</source>
        <translation>告知民警…</translation>
    </message>
    <message>
        <source>Handled on the spot…</source>
        <translation>当场处理…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 reports, %2 waiting</source>
        <translation>共%1件，待分家%2件</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>涉及人员：%1</translation>
    </message>
    <message>
        <source>%1 by %2 at %3: %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>照片%1张</translation>
    </message>
    <message>
        <source>Photo of the report</source>
        <translation>上报照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>A hazard found</source>
        <translation>登记安全隐患</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>隐患类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Blank: the unit's address</source>
        <translation>不填：单位地址</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>隐患情况</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Told to correct it</source>
        <translation>告知整改单位</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>HazardRouteDialog</name>
    <message>
        <source>Kind</source>
        <translation>隐患类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>(no unit of the register)</source>
        <translation>（非登记单位）</translation>
    </message>
    <message>
        <source>Told to correct it</source>
        <translation>告知整改单位</translation>
    </message>
    <message>
        <source>The unit or department told</source>
        <translation>被告知的单位或部门</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>HazardStep</name>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Correct the minutes</source>
        <translation>修改会议纪要</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>新建会议纪要</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>召开时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting room of the centre</source>
        <translation>综治中心会议室</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>参会工作人员</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>公安派出所</translation>
    </message>
    <message>
        <source>Name (station), …</source>
        <translation>姓名（单位）、……</translation>
    </message>
    <message>
        <source>Invited bodies</source>
        <translation>邀请单位</translation>
    </message>
    <message>
        <source>Name (body), …</source>
        <translation>姓名（单位）、……</translation>
    </message>
    <message>
        <source>Matters discussed</source>
        <translation>研究讨论情况</translation>
    </message>
    <message>
        <source>The figures of the period are filled in when the minutes are saved.</source>
        <translation>保存时由系统填入本期工作数据。</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Held</source>
        <translation>召开时间</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Decisions open</source>
        <translation>议定事项未办结</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>New minutes…</source>
        <translation>新建纪要…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Add a decision…</source>
        <translation>添加议定事项…</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>重新统计数据</translation>
    </message>
    <message>
        <source>会议纪要…</source>
        <translation>会议纪要…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source> (done %1)</source>
        <translation>（%1办结）</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>本期工作情况</translation>
    </message>
    <message>
        <source>Matters discussed</source>
        <translation>研究讨论情况</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Chair: %1, recorder: %2</source>
        <translation>主持：%1，记录：%2</translation>
    </message>
    <message>
        <source>Rounds signed / due</source>
        <translation>集中排查 已报送 / 应开展</translation>
    </message>
    <message>
        <source>Areas with findings / reported 无</source>
        <translation>发现问题 / 零报告（项）</translation>
    </message>
    <message>
        <source>Grid reports / waiting for routing</source>
        <translation>网格上报 / 待分家</translation>
    </message>
    <message>
        <source>Open cases / overdue</source>
        <translation>在调矛盾纠纷 / 超期</translation>
    </message>
    <message>
        <source>Petitions due in 3 days / overdue</source>
        <translation>信访三日内到期 / 已超期</translation>
    </message>
    <message>
        <source>Key-group follow-ups due</source>
        <translation>重点人员随访到期</translation>
    </message>
    <message>
        <source>Hazards open / overdue</source>
        <translation>安全隐患待整改 / 逾期</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Mark a sensitive period</source>
        <translation>标记敏感时期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>春节, 全国两会 …</source>
        <translation>春节、全国两会……</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PetitionRouteDialog</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
</context>
<context>
    <name>PoliceDeskPage</name>
    <message>
        <source>Sent</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>告知人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>告知事项</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>上报情况</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已阅时间</translation>
    </message>
    <message>
        <source>Incidents (治安警情)</source>
        <translation>治安警情</translation>
    </message>
    <message>
        <source>Stability (维稳形势)</source>
        <translation>维稳形势</translation>
    </message>
    <message>
        <source>Public safety (公共安全)</source>
        <translation>公共安全</translation>
    </message>
    <message>
        <source>Outstanding problems (突出问题)</source>
        <translation>突出问题</translation>
    </message>
    <message>
        <source>What the grids are to do</source>
        <translation>本周工作要求</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>只看未阅</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标记已阅</translation>
    </message>
    <message>
        <source>This week's notice to the grids</source>
        <translation>本周警务通报（通报各网格）</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Issue to the grids</source>
        <translation>发布到各网格</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Notes from grid reports</source>
        <translation>网格上报告知民警事项</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>尚未起草</translation>
    </message>
    <message>
        <source>Draft of the week of %1</source>
        <translation>%1当周通报草稿</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>%2于%1发布</translation>
    </message>
</context>
<context>
    <name>ReinspectDialog</name>
    <message>
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>复查情况</translation>
    </message>
    <message>
        <source>New deadline (not corrected)</source>
        <translation>新整改期限（未整改时）</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>New grid report (Ctrl+Enter saves)</source>
        <translation>新网格上报（Ctrl+Enter保存）</translation>
    </message>
    <message>
        <source>The grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Building, shop, street</source>
        <translation>楼栋、门店、街巷</translation>
    </message>
    <message>
        <source>Name or ID: Enter adds the person</source>
        <translation>姓名或证件号：回车添加</translation>
    </message>
    <message>
        <source>What the worker saw or heard</source>
        <translation>网格员看到、听到的情况</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存上报</translation>
    </message>
    <message>
        <source>Clear people</source>
        <translation>清空人员</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
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
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>上报情况</translation>
    </message>
    <message>
        <source> (register)</source>
        <translation>（实有人口）</translation>
    </message>
</context>
<context>
    <name>RhythmErrors</name>
    <message>
        <source>This report has already been routed.</source>
        <translation>这条上报已经分家。</translation>
    </message>
    <message>
        <source>Choose a key-group record of someone the report is about.</source>
        <translation>请选择上报所涉人员的重点人员管理记录。</translation>
    </message>
    <message>
        <source>A dispute case needs its parties: add the people involved first.</source>
        <translation>矛盾纠纷需要当事人：请先添加涉及人员。</translation>
    </message>
    <message>
        <source>A petition needs a petitioner: add the people involved first.</source>
        <translation>信访事项需要信访人：请先添加涉及人员。</translation>
    </message>
    <message>
        <source>Choose a grid.</source>
        <translation>请选择网格。</translation>
    </message>
    <message>
        <source>Choose a kind of report from the list.</source>
        <translation>请从列表中选择上报类别。</translation>
    </message>
    <message>
        <source>That person is no longer in the register.</source>
        <translation>此人已不在实有人口登记中。</translation>
    </message>
    <message>
        <source>Too many people for one report.</source>
        <translation>一条上报的涉及人员过多。</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>This date has already passed.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <source>This date does not fit.</source>
        <translation>该日期不符合。</translation>
    </message>
    <message>
        <source>Something was found in this area (or written down): it cannot be reported as 无.</source>
        <translation>本项有排查发现（或已填写情况），不能报“无”。</translation>
    </message>
    <message>
        <source>Every area needs 无 or what was found before the round is signed.</source>
        <translation>每一项都要报“无”或填写排查发现，才能签字报送。</translation>
    </message>
    <message>
        <source>This round has been signed and is no longer changed.</source>
        <translation>本次排查已签字报送，不再修改。</translation>
    </message>
    <message>
        <source>The round is held within its period, not after today.</source>
        <translation>排查日期应在排查期间内，且不晚于今天。</translation>
    </message>
    <message>
        <source>That round has not begun yet.</source>
        <translation>该次排查尚未开始。</translation>
    </message>
    <message>
        <source>Choose someone of the centre's staff.</source>
        <translation>请选择中心工作人员。</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A sensitive period longer than three months is a mistake.</source>
        <translation>敏感时期不应超过三个月。</translation>
    </message>
    <message>
        <source>Choose at most a year, the end after the start.</source>
        <translation>请选择不超过一年的期间，结束晚于开始。</translation>
    </message>
    <message>
        <source>The due date comes before the meeting.</source>
        <translation>完成时限早于会议日期。</translation>
    </message>
    <message>
        <source>The kind of a meeting stays as it was numbered.</source>
        <translation>会议类别编号后不能更改。</translation>
    </message>
    <message>
        <source>The minutes stay in the year they were numbered in.</source>
        <translation>会议纪要不能改到编号以外的年度。</translation>
    </message>
    <message>
        <source>That is too far ahead for minutes.</source>
        <translation>会议日期过远。</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>请选择会议类别。</translation>
    </message>
    <message>
        <source>Choose whom an attendee stands for.</source>
        <translation>请选择参会人员的单位类别。</translation>
    </message>
    <message>
        <source>Too many attendees.</source>
        <translation>参会人员过多。</translation>
    </message>
    <message>
        <source>This task is already done.</source>
        <translation>该任务已办结。</translation>
    </message>
    <message>
        <source>This week's notice has been issued and stays as it was.</source>
        <translation>本周通报已发布，不再修改。</translation>
    </message>
    <message>
        <source>This date comes before the hazard was found.</source>
        <translation>该日期早于发现隐患的日期。</translation>
    </message>
    <message>
        <source>The deadline comes before the unit was told.</source>
        <translation>整改期限早于告知日期。</translation>
    </message>
    <message>
        <source>The new deadline comes before the re-inspection.</source>
        <translation>新整改期限早于复查日期。</translation>
    </message>
    <message>
        <source>A hazard is closed after a re-inspection found it corrected.</source>
        <translation>隐患须经复查确认已整改后才能销号。</translation>
    </message>
    <message>
        <source>This hazard is no longer open.</source>
        <translation>该隐患已不在待整改状态。</translation>
    </message>
    <message>
        <source>Choose the kind of hazard.</source>
        <translation>请选择隐患类别。</translation>
    </message>
    <message>
        <source>Choose how serious it is.</source>
        <translation>请选择隐患等级。</translation>
    </message>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>请选择单位类别。</translation>
    </message>
    <message>
        <source>Write a mobile (11 digits) or a landline such as 025-86612345.</source>
        <translation>请填写11位手机号或固定电话，如025-86612345。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) or PDF scans are kept.</source>
        <translation>只能保存照片（JPEG、PNG）或PDF扫描件。</translation>
    </message>
    <message>
        <source>This file is already kept with the record.</source>
        <translation>该文件已保存在本记录中。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Begin this round</source>
        <translation>开始本次排查</translation>
    </message>
    <message>
        <source>Sign and submit…</source>
        <translation>签字报送…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>排查登记表…</translation>
    </message>
    <message>
        <source>零报告…</source>
        <translation>零报告…</translation>
    </message>
    <message>
        <source>Round of</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>%1 (%2), due %3: not begun</source>
        <translation>%1（%2），应于%3报送：尚未开始</translation>
    </message>
    <message>
        <source>, signed by %1 on %2</source>
        <translation>，%1于%2签字报送</translation>
    </message>
    <message>
        <source>%1, due %2: %3</source>
        <translation>%1，应于%2报送：%3</translation>
    </message>
</context>
<context>
    <name>RoundsOverviewPage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应报日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>排查期间</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>排查类别</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字报送</translation>
    </message>
    <message>
        <source>无 / found</source>
        <translation>无 / 有</translation>
    </message>
    <message>
        <source>Sensitive period</source>
        <translation>敏感时期</translation>
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
        <source>Mark a sensitive period…</source>
        <translation>标记敏感时期…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>排查登记表…</translation>
    </message>
    <message>
        <source>零报告…</source>
        <translation>零报告…</translation>
    </message>
    <message>
        <source>Rounds due from</source>
        <translation>应报排查：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Sensitive periods: the rounds are daily in them</source>
        <translation>敏感时期（期间每天排查）</translation>
    </message>
    <message>
        <source>%1 due, %2 late, %3 missing</source>
        <translation>待报送%1次，逾期报送%2次，未报送%3次</translation>
    </message>
    <message>
        <source>This week's police notice: not written</source>
        <translation>本周警务通报：未起草</translation>
    </message>
    <message>
        <source>This week's police notice: drafted, not issued</source>
        <translation>本周警务通报：已起草，未发布</translation>
    </message>
    <message>
        <source>This week's police notice: issued by %1</source>
        <translation>本周警务通报：%1已发布</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Why (kept with the route)</source>
        <translation>分家理由</translation>
    </message>
    <message>
        <source>To mediation as a dispute case</source>
        <translation>转矛盾纠纷调处</translation>
    </message>
    <message>
        <source>To a petition</source>
        <translation>转信访事项</translation>
    </message>
    <message>
        <source>As a key-group follow-up</source>
        <translation>记入重点人员走访</translation>
    </message>
    <message>
        <source>As a public-safety hazard</source>
        <translation>登记安全隐患</translation>
    </message>
    <message>
        <source>Note to the police officer</source>
        <translation>告知社区民警</translation>
    </message>
    <message>
        <source>Handled on the spot</source>
        <translation>当场处理完毕</translation>
    </message>
    <message>
        <source>Void this report</source>
        <translation>作废这条上报</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Key unit</source>
        <translation>重点列管</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Hazards open / overdue</source>
        <translation>待整改 / 逾期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>逾期（天）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Unit or place</source>
        <translation>单位或地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>What</source>
        <translation>隐患情况</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>重点列管单位 only</source>
        <translation>只看重点列管单位</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Hazard at this unit…</source>
        <translation>登记本单位隐患…</translation>
    </message>
    <message>
        <source>History of the unit</source>
        <translation>单位记录</translation>
    </message>
    <message>
        <source>Overdue corrections</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New hazard…</source>
        <translation>登记隐患…</translation>
    </message>
    <message>
        <source>Told…</source>
        <translation>告知整改…</translation>
    </message>
    <message>
        <source>Re-inspection…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <source>Close (销号)…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Units of the area</source>
        <translation>辖区单位</translation>
    </message>
    <message>
        <source>%1 shown, %2 overdue</source>
        <translation>共%1处，逾期%2处</translation>
    </message>
    <message>
        <source>Photo of the hazard</source>
        <translation>隐患照片</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>SignRoundDialog</name>
    <message>
        <source>Sign the round</source>
        <translation>签字报送</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>排查期间</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reported as 无</source>
        <translation>报“无”的项目</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>逾期（天）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Show done ones too</source>
        <translation>含已办结</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>交办任务</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未办结%1项，逾期%2项</translation>
    </message>
</context>
<context>
    <name>TellDialog</name>
    <message>
        <source>Tell the unit to correct it</source>
        <translation>告知单位整改</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>告知单位</translation>
    </message>
    <message>
        <source>On</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit of the area</source>
        <translation>辖区单位</translation>
    </message>
    <message>
        <source>Change the unit</source>
        <translation>修改单位信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>重点列管单位 (kept under close watch)</source>
        <translation>重点列管单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VoidPeriodDialog</name>
    <message>
        <source>Remove a sensitive period</source>
        <translation>取消敏感时期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>敏感时期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>取消理由</translation>
    </message>
</context>
</TS>
