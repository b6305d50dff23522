"""群众接待室: the visitor log, petitions (信访) on their statutory deadlines, and the hand-off to the other rooms."""
