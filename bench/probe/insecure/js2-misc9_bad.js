const vm2 = new NodeVM();
vm2.run(req.body.code);
