unsafe impl Send for MyType {}
