"""Configuring logging from a dictionary (dictConfig, schema version 1)."""

import logging

__all__ = ["dictConfig", "DictConfigurator", "valid_ident"]


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(dotted):
    """The object a dotted name such as 'logging.StreamHandler' or 'sys.stdout' names."""
    try:
        parts = dotted.split('.')
        path = parts.pop(0)
        found = __import__(path)
        for part in parts:
            path += '.' + part
            if not hasattr(found, part):
                __import__(path)
            found = getattr(found, part)
        return found
    except (ImportError, AttributeError) as e:
        raise ValueError('Cannot resolve %r: %s' % (dotted, e)) from e


class DictConfigurator:
    """Applies one configuration dictionary to the logging module."""

    def __init__(self, config):
        self.config = config

    def convert(self, value):
        """'ext://a.b' is the object a.b; 'cfg://x.y' the value at x.y in this configuration."""
        if isinstance(value, str):
            if value.startswith('ext://'):
                return _resolve(value[6:])
            if value.startswith('cfg://'):
                found = self.config
                for part in value[6:].replace('[', '.').replace(']', '').split('.'):
                    found = found[int(part)] if isinstance(found, list) else found[part]
                return found
        return value

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        if config.get('incremental', False):
            self._adjust_levels()
            return
        disable_existing = config.get('disable_existing_loggers', True)
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        formatters = self._built('formatters', self.configure_formatter, 'formatter')
        self._built('filters', self.configure_filter, 'filter')
        handlers = config.get('handlers', {})
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name], formatters)
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        self._configure_loggers(disable_existing)

    def _built(self, section, make, label):
        """Replaces each entry of config[section] by the object it describes."""
        entries = self.config.get(section, {})
        for name in entries:
            try:
                entries[name] = make(entries[name])
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (label, name)) from e
        return entries

    def _configure_loggers(self, disable_existing):
        root = logging.root
        existing = sorted(root.manager.loggerDict)
        reset = set()
        loggers = self.config.get('loggers', {})
        for name in loggers:
            if name in existing:
                reset.update(n for n in existing if n.startswith(name + '.'))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in reset:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing
        if self.config.get('root'):
            try:
                self._common(logging.root, self.config['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _adjust_levels(self):
        for name, settings in self.config.get('handlers', {}).items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            if settings.get('level') is not None:
                logging._handlers[name].setLevel(logging._checkLevel(settings['level']))
        for name, settings in self.config.get('loggers', {}).items():
            self._common(logging.getLogger(name), settings, keep_handlers=True)
        if self.config.get('root'):
            self._common(logging.root, self.config['root'], keep_handlers=True)

    def configure_custom(self, settings):
        settings = dict(settings)
        factory = settings.pop('()')
        if not callable(factory):
            factory = _resolve(factory)
        props = settings.pop('.', None)
        made = factory(**{k: self.convert(v) for k, v in settings.items() if valid_ident(k)})
        for name, value in (props or {}).items():
            setattr(made, name, value)
        return made

    def configure_formatter(self, settings):
        if '()' in settings:
            return self.configure_custom(settings)
        cls = _resolve(settings['class']) if settings.get('class') else logging.Formatter
        args = [settings.get('format'), settings.get('datefmt'), settings.get('style', '%')]
        if 'validate' in settings:
            args.append(settings['validate'])
        return cls(*args)

    def configure_filter(self, settings):
        if '()' in settings:
            return self.configure_custom(settings)
        return logging.Filter(settings.get('name', ''))

    def _add_filters(self, target, names):
        for name in names:
            try:
                target.addFilter(self.config['filters'][name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, settings, formatters):
        settings = dict(settings)
        formatter = settings.pop('formatter', None)
        level = settings.pop('level', None)
        filters = settings.pop('filters', None)
        if '()' in settings:
            handler = self.configure_custom(settings)
        else:
            cls = _resolve(settings.pop('class'))
            props = settings.pop('.', None)
            if 'target' in settings:
                settings['target'] = self.config['handlers'][settings['target']]
            handler = cls(**{k: self.convert(v) for k, v in settings.items() if valid_ident(k)})
            for name, value in (props or {}).items():
                setattr(handler, name, value)
        if formatter:
            try:
                handler.setFormatter(formatters[formatter])
            except KeyError as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self._add_filters(handler, filters)
        return handler

    def _common(self, logger, settings, keep_handlers=False):
        if settings.get('level') is not None:
            logger.setLevel(logging._checkLevel(settings['level']))
        if keep_handlers:
            return
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        for name in settings.get('handlers') or ():
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
        self._add_filters(logger, settings.get('filters') or ())

    def configure_logger(self, name, settings):
        logger = logging.getLogger(name)
        self._common(logger, settings)
        logger.disabled = False
        if settings.get('propagate') is not None:
            logger.propagate = settings['propagate']


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures loggers, handlers, formatters and filters from a dictionary."""
    dictConfigClass(config).configure()
