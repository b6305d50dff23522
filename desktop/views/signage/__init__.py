"""标识标牌: the signage page (centre plate, door plates, wall charts)."""
