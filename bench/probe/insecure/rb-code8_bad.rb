class_eval("def #{name}; end")
