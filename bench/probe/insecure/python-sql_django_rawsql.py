from django.db.models.expressions import RawSQL
qs.annotate(val=RawSQL("SELECT col FROM t WHERE id = %s" % pk, []))
