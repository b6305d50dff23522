<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Next shift</source>
        <translation>下一班次</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>已报名/名额</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Title or place</source>
        <translation>活动名称或地点</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>from today on</source>
        <translation>今天起</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Cancel this shift…</source>
        <translation>取消此班次…</translation>
    </message>
    <message>
        <source>Sign up…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <source>Enter hours…</source>
        <translation>录入时长…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>No activity in these days.</source>
        <translation>这段时间没有活动。</translation>
    </message>
    <message>
        <source>%1 — %2, %3. Leader: %4. In charge: %5. %6</source>
        <translation>%1 — %2，%3。带队：%4。负责人：%5。%6</translation>
    </message>
    <message>
        <source>Choose a shift first.</source>
        <translation>请先选择班次。</translation>
    </message>
    <message>
        <source>Cancel the shift of %1</source>
        <translation>取消%1的班次</translation>
    </message>
    <message>
        <source>Assign a volunteer to %1</source>
        <translation>为%1安排志愿者</translation>
    </message>
    <message>
        <source>Sign up for %1</source>
        <translation>报名%1</translation>
    </message>
    <message>
        <source>Hours served on %1</source>
        <translation>%1的服务时长</translation>
    </message>
    <message>
        <source>Choose a volunteer on the shift first.</source>
        <translation>请先选择班次中的志愿者。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建志愿活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
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
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>On</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>(once)</source>
        <translation>（单次）</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>活动内容</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Volunteers</source>
        <translation>平安志愿者</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>志愿者签到台</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>志愿者花名册</translation>
    </message>
    <message>
        <source>Activities and shifts</source>
        <translation>活动与班次</translation>
    </message>
    <message>
        <source>Hours approval</source>
        <translation>服务时长审核</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate of service for %1</source>
        <translation>为%1出具志愿服务证明</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>For (as asked)</source>
        <translation>用途（按申请）</translation>
    </message>
    <message>
        <source>e.g. 升学, 求职</source>
        <translation>如：升学、求职</translation>
    </message>
    <message>
        <source>%1 approved hours so far; the certificate lists the approved services of the period.</source>
        <translation>目前已审核时长%1小时；证明列出所选期间内已审核的服务记录。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出具</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日班次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>In / signed up</source>
        <translation>已签到/报名</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Scan the card, or type a volunteer number, ID or name, then Enter</source>
        <translation>扫描志愿者证，或输入志愿者编号、证件号码、姓名后回车</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Check in to the shift chosen</source>
        <translation>签到到所选班次</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>End of day…</source>
        <translation>日终结束…</translation>
    </message>
    <message>
        <source>Today's shifts</source>
        <translation>今日班次</translation>
    </message>
    <message>
        <source>In now</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <source>%1 shifts today, %2 volunteers in now.</source>
        <translation>今日班次 %1 个，在岗志愿者 %2 人。</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation>%1 已于 %2 签到。</translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 hours, waiting for approval.</source>
        <translation>%1 已于 %2 签退：%3 小时，待审核。</translation>
    </message>
    <message>
        <source>%1 has no shift now: choose one of today's shifts and check in.</source>
        <translation>%1 当前没有班次：请选择今日的一个班次后签到。</translation>
    </message>
    <message>
        <source>%1 is not serving now (paused or left).</source>
        <translation>%1 目前不在服务中（暂停或已退出）。</translation>
    </message>
    <message>
        <source>No volunteer has this number.</source>
        <translation>没有此编号的志愿者。</translation>
    </message>
    <message>
        <source>Find the volunteer first.</source>
        <translation>请先查找志愿者。</translation>
    </message>
    <message>
        <source>Choose a volunteer who is in.</source>
        <translation>请选择一位在岗的志愿者。</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins never closed were closed at their shift's end, for a leader to confirm.</source>
        <translation>
            <numerusform>%n 条未签退记录已按班次结束时间关闭，待负责人确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody left without checking out.</source>
        <translation>没有未签退的记录。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>已在册</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Enrol a volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <source>Find on the register</source>
        <translation>在实有人口中查找</translation>
    </message>
    <message>
        <source>Name, ID number or its last digits, phone</source>
        <translation>姓名、证件号码或后几位、电话</translation>
    </message>
    <message>
        <source>Not on the register? Enter the person here: they are registered too.</source>
        <translation>不在实有人口库中？在此填写，将同时登记为实有人口。</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Volunteer number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>The national 志愿服务网 number; blank: ours</source>
        <translation>全国志愿服务信息系统编号；不填则由本中心编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours (travel excluded)</source>
        <translation>时长（不含往返交通）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The hours before and the reason stay in the history; the change is audited.</source>
        <translation>原时长和原因保留在记录中；本次更正写入审计日志。</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Approve the ones chosen</source>
        <translation>审核通过所选</translation>
    </message>
    <message>
        <source>Approve all shown</source>
        <translation>全部审核通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不通过…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>History of the hours chosen</source>
        <translation>所选时长的变更记录</translation>
    </message>
    <message>
        <source>%1 entries, %2 hours</source>
        <translation>共 %1 条，%2 小时</translation>
    </message>
    <message>
        <source>Choose the hours to approve.</source>
        <translation>请选择要审核的时长。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries approved.</source>
        <translation>
            <numerusform>已审核通过 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has reached %2 with %3 hours!</source>
        <translation>%1 累计 %3 小时，达到%2！</translation>
    </message>
    <message>
        <source>Choose the hours to reject.</source>
        <translation>请选择不通过的时长。</translation>
    </message>
    <message>
        <source>Reject %1's hours</source>
        <translation>%1的时长审核不通过</translation>
    </message>
    <message>
        <source>Choose the hours to correct.</source>
        <translation>请选择要更正的时长。</translation>
    </message>
    <message>
        <source>Correct %1's hours</source>
        <translation>更正%1的时长</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import volunteers from Excel</source>
        <translation>从 Excel 导入志愿者</translation>
    </message>
    <message>
        <source>Enrolled %1 volunteers.</source>
        <translation>已登记志愿者 %1 人。</translation>
    </message>
</context>
<context>
    <name>PickVolunteerDialog</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Number, name, or the last digits of ID or phone</source>
        <translation>编号、姓名或证件号码、电话后几位</translation>
    </message>
    <message>
        <source>Hours (travel excluded)</source>
        <translation>时长（不含往返交通）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Name, pinyin initials, number, last digits of ID or phone</source>
        <translation>姓名、拼音首字母、编号、证件号码或电话后几位</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose a volunteer.</source>
        <translation>请选择一位志愿者。</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Pause / leave…</source>
        <translation>暂停/退出…</translation>
    </message>
    <message>
        <source>Add skill…</source>
        <translation>添加技能…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Certificate of service…</source>
        <translation>志愿服务证明…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>志愿者证</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>Cards (A4, 10 a sheet)</source>
        <translation>志愿者证（A4每页10张）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers</source>
        <translation>
            <numerusform>%n 名志愿者</numerusform>
        </translation>
    </message>
    <message>
        <source> expired</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source> expires %1</source>
        <translation>（%1到期）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 h to the next star</source>
        <translation>距下一星级还差%1小时</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4 approved hours in %5 services, %6 waiting. %7 %8 Skills: %9.</source>
        <translation>%1（%2），%3：已审核服务 %5 次共 %4 小时，待审核 %6 小时。%7 %8 技能：%9。</translation>
    </message>
    <message>
        <source>Choose a volunteer first.</source>
        <translation>请先选择一位志愿者。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Saved %1 (ID numbers and phones masked).</source>
        <translation>已保存 %1（证件号码和电话已遮盖）。</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>A skill of %1</source>
        <translation>%1的技能</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>(does not expire)</source>
        <translation>（长期有效）</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>%1的服务状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Volunteer %1</source>
        <translation>志愿者%1</translation>
    </message>
    <message>
        <source>Volunteer number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VolunteerErrors</name>
    <message>
        <source>This person is on the volunteer roster already.</source>
        <translation>此人已在志愿者花名册中。</translation>
    </message>
    <message>
        <source>Another volunteer has this number.</source>
        <translation>该编号已被其他志愿者使用。</translation>
    </message>
    <message>
        <source>A volunteer number is 3 to 32 letters, digits or '-'.</source>
        <translation>志愿者编号由3至32位字母、数字或“-”组成。</translation>
    </message>
    <message>
        <source>Choose a team from the list.</source>
        <translation>请从列表中选择队伍。</translation>
    </message>
    <message>
        <source>Choose a skill from the list.</source>
        <translation>请从列表中选择技能。</translation>
    </message>
    <message>
        <source>This date is still to come.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>The volunteer cannot leave before joining.</source>
        <translation>退出日期不能早于加入日期。</translation>
    </message>
    <message>
        <source>The certificate cannot expire before it was issued.</source>
        <translation>有效期不能早于发证日期。</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>电话号码格式不对。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A shift lasts 24 hours at most.</source>
        <translation>一个班次最长24小时。</translation>
    </message>
    <message>
        <source>Places: from 1 to 1000.</source>
        <translation>名额为1至1000。</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>A series runs for one year at most.</source>
        <translation>重复活动最长一年。</translation>
    </message>
    <message>
        <source>No day of the period matches the series.</source>
        <translation>所选期间内没有符合重复规则的日期。</translation>
    </message>
    <message>
        <source>This shift was cancelled.</source>
        <translation>该班次已取消。</translation>
    </message>
    <message>
        <source>This shift is over.</source>
        <translation>该班次已结束。</translation>
    </message>
    <message>
        <source>This shift has not started yet.</source>
        <translation>该班次尚未开始。</translation>
    </message>
    <message>
        <source>This volunteer is not serving now (paused or left).</source>
        <translation>该志愿者目前不在服务中（暂停或已退出）。</translation>
    </message>
    <message>
        <source>This volunteer is on the shift already.</source>
        <translation>该志愿者已在此班次中。</translation>
    </message>
    <message>
        <source>This volunteer is checked in already.</source>
        <translation>该志愿者已签到。</translation>
    </message>
    <message>
        <source>No shift of this volunteer is under way or starts within the hour: choose one.</source>
        <translation>该志愿者没有正在进行或一小时内开始的班次：请选择一个班次。</translation>
    </message>
    <message>
        <source>This volunteer served this shift already.</source>
        <translation>该志愿者已完成此班次。</translation>
    </message>
    <message>
        <source>This volunteer is not checked in.</source>
        <translation>该志愿者尚未签到。</translation>
    </message>
    <message>
        <source>Hours: 0 to 24, in quarter hours (e.g. 2.5).</source>
        <translation>时长为0至24小时，以0.25小时为单位（如2.5）。</translation>
    </message>
    <message>
        <source>These hours are approved already.</source>
        <translation>该时长已审核通过。</translation>
    </message>
    <message>
        <source>These hours are not waiting for approval.</source>
        <translation>该时长不在待审核状态。</translation>
    </message>
    <message>
        <source>No approved service in this period: there is nothing to certify.</source>
        <translation>该期间内没有已审核的服务记录，无法出具证明。</translation>
    </message>
    <message>
        <source>Choose a grid from the list.</source>
        <translation>请从列表中选择网格。</translation>
    </message>
    <message>
        <source>Someone with this name and birth date or phone is on the register: search for them.</source>
        <translation>实有人口库中已有同名同出生日期或同电话的人员：请先查找。</translation>
    </message>
    <message>
        <source>A citizen ID number has 18 (or 15) characters.</source>
        <translation>公民身份号码应为18位（或15位）。</translation>
    </message>
    <message>
        <source>A citizen ID number holds digits (and a final X).</source>
        <translation>公民身份号码只能包含数字（末位可为X）。</translation>
    </message>
    <message>
        <source>The check character does not fit: a digit is wrong.</source>
        <translation>校验位不符：有数字填错。</translation>
    </message>
    <message>
        <source>The birth date in this ID number does not exist.</source>
        <translation>身份证号中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The first six digits are no region code.</source>
        <translation>前6位不是行政区划代码。</translation>
    </message>
    <message>
        <source>This document number is not valid.</source>
        <translation>证件号码格式不对。</translation>
    </message>
    <message>
        <source>This ID number is on the register already: search for the person.</source>
        <translation>该证件号码已在实有人口库中登记：请先查找此人。</translation>
    </message>
    <message>
        <source>The shift is full: %1 of %2 places taken.</source>
        <translation>班次名额已满：已报名%1人，共%2个名额。</translation>
    </message>
    <message>
        <source>%1 have signed up for a shift to come: give at least as many places.</source>
        <translation>已有%1人报名后续班次：名额不能少于报名人数。</translation>
    </message>
    <message>
        <source>It overlaps another shift of this volunteer: %1, %2-%3.</source>
        <translation>与该志愿者的另一班次时间重叠：%1，%2-%3。</translation>
    </message>
    <message>
        <source>%1 checked in to this shift already: it cannot be cancelled.</source>
        <translation>已有%1人签到此班次，不能取消。</translation>
    </message>
</context>
</TS>
