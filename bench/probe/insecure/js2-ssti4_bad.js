const compiled = _.template(userTemplate);
