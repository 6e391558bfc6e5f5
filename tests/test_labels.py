from explorer.core.labels import LabelCandidate, place


def test_overlapping_labels_in_one_lane_keep_the_first():
    cands = [LabelCandidate("a", 0, 10, 100), LabelCandidate("b", 0, 50, 100)]
    assert set(place(cands, 1000)) == {"a"}


def test_other_lanes_do_not_collide():
    cands = [LabelCandidate("a", 0, 10, 100), LabelCandidate("b", 1, 50, 100)]
    assert set(place(cands, 1000)) == {"a", "b"}


def test_priority_wins_and_labels_stay_inside_the_view():
    cands = [
        LabelCandidate("a", 0, 10, 100),
        LabelCandidate("sel", 0, 60, 100, priority=1),
        LabelCandidate("out", 0, 950, 100),
    ]
    assert set(place(cands, 1000)) == {"sel"}


def test_a_label_with_no_room_on_the_right_goes_left():
    cands = [LabelCandidate("end", 0, 950, 100, left_x=830)]
    assert place(cands, 1000) == {"end": 830}
