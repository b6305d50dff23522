"""The centre's working rhythm (founding document §三 4-5, §四 6-7): grid reports and their 分家, the weekly
集中排查 and the 零报告, meetings and the tasks their decisions become, the police officer's weekly notice, and the
public-safety register of units and hazards. Importing the package registers its timeline entries and print
loaders."""

from desktop.services.rhythm import print_loaders, timeline  # noqa: F401 - registers the room's pieces
