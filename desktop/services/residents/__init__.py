"""实有人口 (residents): people, households, key groups and follow-ups. Importing the package registers its
timeline entries."""

from desktop.services.residents import figures, timeline  # noqa: F401 - registers the person-timeline sources
