await User.updateOne({ _id: id }, req.body);
