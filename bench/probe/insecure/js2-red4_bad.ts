const next = router.query.next;
router.push(next);
