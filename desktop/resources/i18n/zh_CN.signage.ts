<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Signs and wall charts</source>
        <translation>标识标牌与上墙制度</translation>
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
</TS>
