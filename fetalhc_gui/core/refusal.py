"""The words with which a result is refused as not what FetalHC measures (a doubt reason starts
with one of them): the head-plane check's and the exam check's. Kept apart from both checks so
that the window can tell these reasons from others without loading the checks (OpenCV)."""

NOT_A_HEAD_PLANE = "this does not look like a fetal head plane"
NOT_OBSTETRIC = "the header says this is not an obstetric exam"
