<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
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
        <source>Empty: the vendor's; e.g. rtsp://{host}:{port}/live/ch{channel}</source>
        <translation>留空：按厂商默认；如 rtsp://{host}:{port}/live/ch{channel}</translation>
    </message>
    <message>
        <source>Substream address</source>
        <translation>子码流地址</translation>
    </message>
    <message>
        <source>Empty: the vendor's</source>
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
        <source>Carry out…</source>
        <translation>执行调阅…</translation>
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
        <source>This device's recordings cannot be fetched from here (no playback address known).</source>
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
        <source>Find devices…</source>
        <translation>搜索设备…</translation>
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
        <source>New tour…</source>
        <translation>新建轮巡…</translation>
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
</context>
</TS>
