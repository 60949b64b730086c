<compilation debug="true" targetFramework="4.8" />
