"""领导驾驶舱: the director's desk — what needs the director today, the indicators and charts, the reports."""
