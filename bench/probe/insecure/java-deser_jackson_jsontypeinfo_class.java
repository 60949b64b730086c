@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
private Object payload;
