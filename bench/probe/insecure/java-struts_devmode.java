<constant name="struts.devMode" value="true" />
