<httpRuntime requestValidationMode="2.0" />
