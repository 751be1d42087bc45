"""Work off the UI thread: one job class on pools the window owns, and the jobs built on it."""
