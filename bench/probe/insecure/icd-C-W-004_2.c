int table_grow(struct table *tbl)
{
    size_t newcap = tbl->cap ? tbl->cap * 2 : 16;
    struct slot *slots;

    slots = realloc(tbl->slots, sizeof(struct slot) *
                    newcap);
    if (!slots)
        return -ENOMEM;
    tbl->slots = slots;
    tbl->cap = newcap;
    return 0;
}
