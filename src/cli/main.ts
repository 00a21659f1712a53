// Placeholder until the CLI lands.
console.log('crm-hygiene');
