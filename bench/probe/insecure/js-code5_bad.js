const fn = Function(`return ${expr}`)();
