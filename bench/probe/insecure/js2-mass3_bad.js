await User.findByIdAndUpdate(req.params.id, req.body);
