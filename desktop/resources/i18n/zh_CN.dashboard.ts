<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Director's desk</source>
        <translation>领导驾驶舱</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save PNG…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>No rate can be computed yet (nothing due in these months).</source>
        <translation>尚无可计算的比率（这些月份没有到期事项）。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Petitions overdue</source>
        <translation>逾期信访事项</translation>
    </message>
    <message>
        <source>Cases overdue</source>
        <translation>逾期未办结纠纷</translation>
    </message>
    <message>
        <source>Footage requests to approve</source>
        <translation>待审批调阅录像</translation>
    </message>
    <message>
        <source>Cases sent back twice or more</source>
        <translation>多次被退回的纠纷</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期未随访</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年度累计 %1</translation>
    </message>
    <message>
        <source>MoM %1</source>
        <translation>环比 %1</translation>
    </message>
    <message>
        <source>YoY %1</source>
        <translation>同比 %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>%1 (Excel)</source>
        <translation>%1（Excel）</translation>
    </message>
    <message>
        <source>%1 (PDF)</source>
        <translation>%1（PDF）</translation>
    </message>
    <message>
        <source>Needs you today:</source>
        <translation>今日待办：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Dispute screening (矛盾纠纷排查情况表)</source>
        <translation>矛盾纠纷排查情况表</translation>
    </message>
    <message>
        <source>Mediation statistics (人民调解统计表)</source>
        <translation>人民调解统计表</translation>
    </message>
    <message>
        <source>Petition rates (信访三率通报)</source>
        <translation>信访三率通报</translation>
    </message>
    <message>
        <source>Monthly summary (月度工作总结)</source>
        <translation>月度工作总结</translation>
    </message>
    <message>
        <source>Petitions: the four rates over 12 months</source>
        <translation>信访：近12个月四率走势</translation>
    </message>
    <message>
        <source>Petitions by category this month</source>
        <translation>本月信访事项类别</translation>
    </message>
    <message>
        <source>Petitions by channel over 12 months</source>
        <translation>近12个月信访渠道</translation>
    </message>
    <message>
        <source>First and repeat petitions, collective visits</source>
        <translation>初信初访、重复信访与集体访</translation>
    </message>
    <message>
        <source>Disputes by type: screened, mediated, resolved</source>
        <translation>矛盾纠纷分类型：排查、调处、成功</translation>
    </message>
    <message>
        <source>Open cases by stage (overdue in red)</source>
        <translation>在办纠纷各环节（红色为逾期）</translation>
    </message>
    <message>
        <source>Key groups: follow-ups done of those due</source>
        <translation>重点人群：应走访已走访比例</translation>
    </message>
    <message>
        <source>Volunteers: monthly hours</source>
        <translation>志愿者：每月服务时长</translation>
    </message>
    <message>
        <source>Visitors by weekday and hour (12 months)</source>
        <translation>来访时段分布（近12个月）</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%2年%1月</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>First</source>
        <translation>初信初访</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>排查</translation>
    </message>
    <message>
        <source>Mediated</source>
        <translation>调处</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Done of due</source>
        <translation>走访率</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>The volunteers room does not report its figures yet.</source>
        <translation>志愿者模块尚未提供统计数据。</translation>
    </message>
    <message>
        <source>Weekday %1</source>
        <translation>星期%1</translation>
    </message>
    <message>
        <source>You have no list of these records.</source>
        <translation>您没有查看这些记录的列表。</translation>
    </message>
</context>
<context>
    <name>DeskReports</name>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度工作总结</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
</TS>
