Object o = JSON.parseObject(body, Feature.SupportAutoType);
