"""综治工作台 (Zongzhi Desk): the front desk of a community comprehensive-governance centre."""

__version__ = "0.1.0"
APP_NAME = "zongzhi-desk"
