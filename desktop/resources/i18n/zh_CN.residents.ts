<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Residents</source>
        <translation>实有人口</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待随访</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: %1, %2</source>
        <translation>随访：%1（%2）</translation>
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
        <source>Condition stable</source>
        <translation>病情稳定</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次随访</translation>
    </message>
    <message>
        <source>Leave empty: computed from the rules</source>
        <translation>留空则按规则自动计算</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
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
        <source>All workers</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天内到期</translation>
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
    <name>HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>登记户</translation>
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
        <source>e.g. 侨鸿花园3幢</source>
        <translation>例如：侨鸿花园3幢</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>e.g. 1单元</source>
        <translation>例如：1单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>e.g. 302</source>
        <translation>例如：302</translation>
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
        <source>Imported %1 people.</source>
        <translation>已导入 %1 人。</translation>
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
    <name>PersonDialog</name>
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
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
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
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Moved out %1</source>
        <translation>%1 已迁出</translation>
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
        <source>This key group is no longer in use: the administrator deactivated it.</source>
        <translation>此重点人群类别已由管理员停用，不能再列入。</translation>
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
        <source>The householder cannot leave while others remain in the household. Choose a new householder first.</source>
        <translation>户内还有其他成员，户主不能离户。请先确定新的户主。</translation>
    </message>
    <message>
        <source>This date is before the person joined the household.</source>
        <translation>该日期早于此人入户日期。</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>此人已在其他户中。</translation>
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
        <source>The householder's relation changes only with “Change householder…”.</source>
        <translation>户主的关系只能通过“户主变更…”更改。</translation>
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
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
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
        <source>Moved out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>Remove from household…</source>
        <translation>离户…</translation>
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
        <source>End membership…</source>
        <translation>解除管理…</translation>
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
        <source>left %1</source>
        <translation>%1 离户</translation>
    </message>
    <message>
        <source>householder %1</source>
        <translation>户主 %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
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
</TS>
