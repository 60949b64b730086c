Object.defineProperty(obj, req.body.prop, { value: 1 });
