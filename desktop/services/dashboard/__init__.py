"""领导驾驶舱 (the director's desk): indicators over the other rooms' figures (``core.figures``), the charts'
data and the periodic reports. It reads no room directly: each room plugs its figures in from its own package."""
