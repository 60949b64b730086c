web.ignoring().antMatchers("/**");
