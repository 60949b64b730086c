BeanUtils.populate(user, request.getParameterMap());
